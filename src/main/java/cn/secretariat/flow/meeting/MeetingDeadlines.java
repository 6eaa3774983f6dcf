package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Steps.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.escalation.ReminderPoint;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Deadlines that hang off the meeting's date ({@code camunda:dueDate="${meetingDeadlines.due(execution, 'notify')}"}):
 * working days counted backwards from the meeting day for the preparations, the start and end of the
 * meeting themselves, working days after its end for the 纪要. They answer dates, not durations, because
 * they follow the meeting, not the moment the task is created; a 改期 recomputes them
 * ({@link RescheduleDelegate}).
 */
@Component("meetingDeadlines")
public class MeetingDeadlines {

  /** The steps whose deadline follows the meeting's date. */
  public static final Set<String> MEETING_RELATIVE = Set.of(COLLECT_TOPICS, AGENDA, NOTIFY, PRINT_MATERIALS,
      CONFIRM_ATTENDANCE, PREPARE_VENUE, TAKE_MINUTES, WRITE_SUMMARY);

  private final MeetingProperties properties;
  private final WorkingCalendar calendar;
  private final ReminderPoint reminders;

  public MeetingDeadlines(MeetingProperties properties, WorkingCalendar calendar, ReminderPoint reminders) {
    this.properties = properties;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  public Date due(DelegateExecution execution, String step) {
    return Date.from(dueOf(execution, step));
  }

  /** The 催办 point: the configured share of the office time left until the deadline, or the deadline itself. */
  public Date reminder(DelegateExecution execution, String step) {
    return Date.from(reminderFor(dueOf(execution, step)));
  }

  Instant reminderFor(Instant due) {
    return reminders.before(due);
  }

  Instant dueOf(VariableScope meeting, String step) {
    Instant startsAt = instant(meeting, Meeting.Vars.STARTS_AT);
    Instant endsAt = instant(meeting, Meeting.Vars.ENDS_AT);
    Meeting.Type type = Labelled.fromLabel(Meeting.Type.class, meeting.getVariable(Meeting.Vars.MEETING_TYPE))
        .orElse(Meeting.Type.TOPICAL);
    int noticeDays = properties.noticeDays(type);
    return switch (step) {
      case COLLECT_TOPICS -> calendar.workingDaysBefore(startsAt, properties.topicsDaysBefore());
      case AGENDA -> calendar.workingDaysBefore(startsAt, noticeDays + 1);
      case NOTIFY -> calendar.workingDaysBefore(startsAt, noticeDays);
      case PRINT_MATERIALS -> calendar.workingDaysBefore(startsAt, properties.printDaysBefore());
      case CONFIRM_ATTENDANCE -> calendar.workingDaysBefore(startsAt, 1);
      case PREPARE_VENUE -> startsAt;
      case TAKE_MINUTES -> endsAt;
      case WRITE_SUMMARY -> calendar.plusWorkingDays(endsAt, properties.summaryDaysAfter());
      default -> throw new ProcessEngineException("步骤 " + step + " 的期限不随会议时间确定");
    };
  }

  private static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Date date)) {
      throw new ProcessEngineException("会议时间 " + name + " 未设置");
    }
    return date.toInstant();
  }
}
