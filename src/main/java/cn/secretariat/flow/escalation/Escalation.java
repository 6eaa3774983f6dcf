package cn.secretariat.flow.escalation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Names shared by every model and delegate that reminds (催办) and escalates (督办). */
public final class Escalation {

  /** Input parameter of a 催办 / 督办 service task: the task definition key of the task it watches. */
  public static final String WATCHED_TASK = "watchedTask";

  /** Custom incident type of an overdue task; Cockpit counts and draws it on the task's activity. */
  public static final String INCIDENT_OVERDUE = "overdue";

  /** Task-local variables: when it was reminded, when it fell overdue, and whether it did. */
  public static final String REMINDED_AT = "remindedAt";
  public static final String ESCALATED_AT = "escalatedAt";
  public static final String OVERDUE = "overdue";

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private Escalation() {
  }

  public static String format(Date instant, ZoneId zone) {
    return instant == null ? "（无期限）" : MINUTES.format(instant.toInstant().atZone(zone));
  }

  public static String titleOf(Object title) {
    return title == null ? "（无标题）" : "《" + title + "》";
  }
}
