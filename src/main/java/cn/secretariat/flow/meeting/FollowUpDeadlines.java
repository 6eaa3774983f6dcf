package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.DEADLINE;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.escalation.ReminderPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 督办事项's deadline ({@code ${followUpDeadlines.due(execution)}}): the close of office hours on the day the
 * 纪要 set as 完成时限 (or the next working day, when that day is a holiday).
 */
@Component("followUpDeadlines")
public class FollowUpDeadlines {

  private final WorkingCalendar calendar;
  private final ReminderPoint reminders;

  public FollowUpDeadlines(WorkingCalendar calendar, ReminderPoint reminders) {
    this.calendar = calendar;
    this.reminders = reminders;
  }

  public Date due(VariableScope item) {
    return Date.from(dueOf(item));
  }

  public Date reminder(VariableScope item) {
    return Date.from(reminders.before(dueOf(item)));
  }

  Instant dueOf(VariableScope item) {
    LocalDate day = LocalDate.parse((String) item.getVariable(DEADLINE));
    // the close of office on that day: one working day after the day before it, holidays skipped
    return calendar.plusWorkingDays(day.minusDays(1).atStartOfDay(calendar.zone()).toInstant(), 1);
  }

  /** Working days from the deadline to the completion (0 when on time). */
  public int workingDaysLate(VariableScope item, Instant doneAt) {
    Instant due = dueOf(item);
    int days = 0;
    Instant cursor = due;
    while (doneAt.isAfter(cursor)) {
      cursor = calendar.plusWorkingDays(cursor, 1);
      days++;
    }
    return days;
  }
}
