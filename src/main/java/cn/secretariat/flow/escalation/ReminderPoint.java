package cn.secretariat.flow.escalation;

import cn.secretariat.flow.calendar.WorkingCalendar;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Where the 催办 falls for a deadline given as a date (a meeting's, a trip's, a decided item's): the configured
 * share of the office time left until it, or the deadline itself when it has already passed.
 */
@Component
public class ReminderPoint {

  private final WorkingCalendar calendar;
  private final double ratio;

  public ReminderPoint(WorkingCalendar calendar, DeadlineProperties deadlines) {
    this.calendar = calendar;
    this.ratio = deadlines.reminderRatio();
  }

  public Instant before(Instant due) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return due.isAfter(now) ? calendar.fractionOf(now, due, ratio) : due;
  }
}
