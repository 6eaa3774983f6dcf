package cn.secretariat.flow.escalation;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.deadlines.*}: the time limit of each step of each process, as an ISO duration in
 * working time ({@code P1D} = by the close of the next working day, {@code PT2H} = two office hours).
 *
 * @param reminderRatio where the 催办 reminder falls, as a share of the office time the step is given
 * @param processes     process key → task definition key → limit
 */
@ConfigurationProperties("secretariat.deadlines")
public record DeadlineProperties(
    @DefaultValue("0.75") double reminderRatio,
    Map<String, Map<String, StepLimit>> processes) {

  public DeadlineProperties {
    if (reminderRatio <= 0 || reminderRatio >= 1) {
      throw new IllegalArgumentException("secretariat.deadlines.reminder-ratio must lie strictly between 0 and 1");
    }
    processes = processes == null ? Map.of() : Map.copyOf(processes);
  }

  /**
   * One step's limit: per 紧急程度 ({@code extra-urgent}, {@code urgent}, {@code normal}), or {@code any}
   * for all, or {@code days-variable}: the name of a variable holding a number of working days that a
   * person set (e.g. the leader's 办理时限).
   */
  public record StepLimit(String extraUrgent, String urgent, String normal, String any, String daysVariable) {
  }
}
