package cn.secretariat.flow.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's view of the {@link WorkingCalendar}: every ISO duration in a model ({@code P1D},
 * {@code PT2H}, or one an expression returns) is read as working time. Anything that is not a duration
 * (an ISO date, a cycle) goes to the engine's own calendar for that kind of timer.
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final WorkingCalendar calendar;
  private final BusinessCalendar fallback;

  public WorkingTimeBusinessCalendar(WorkingCalendar calendar, BusinessCalendar fallback) {
    this.calendar = calendar;
    this.fallback = fallback;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    // the task is being created now: its limit runs from the engine clock
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    if (description == null || !description.strip().startsWith("P")) {
      return startDate == null ? fallback.resolveDuedate(description) : fallback.resolveDuedate(description, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return Date.from(calendar.plus(start.toInstant(), description.strip()));
  }
}
