package cn.secretariat.flow.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-time functions for expressions that have no execution, such as the Tasklist filter 即将到期:
 * {@code ${workingTime.withinOneWorkingDay()}}. Reads the engine clock, so tests that move it see the same.
 */
@Component("workingTime")
public class WorkingTime {

  private final WorkingCalendar calendar;

  public WorkingTime(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The exclusive bound of "due within one working day" (即将到期): one second past the close of office
   * hours on the next working day, because task queries compare {@code dueBefore} strictly and due dates
   * often fall exactly at the close.
   */
  public Date withinOneWorkingDay() {
    return Date.from(calendar.plusWorkingDays(ClockUtil.getCurrentTime().toInstant(), 1).plusSeconds(1));
  }
}
