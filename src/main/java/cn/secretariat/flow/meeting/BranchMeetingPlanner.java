package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 每月支部会 ({@code monthly-branch-meeting}, {@code Task_CheckFirstWorkingDay}): the monthly timer fires on
 * each of the first seven days of a month; only on the month's first working day does it go on to open the
 * party-branch meeting, so a month that begins with a holiday still gets its meeting, and only one.
 */
@Component("branchMeetingPlanner")
public class BranchMeetingPlanner implements JavaDelegate {

  private final WorkingCalendar calendar;

  public BranchMeetingPlanner(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
    LocalDate first = today.withDayOfMonth(1);
    while (!calendar.isWorkingDay(first)) {
      first = first.plusDays(1);
    }
    boolean isFirst = today.equals(first);
    execution.setVariable(FIRST_WORKING_DAY, isFirst);
    execution.setVariable(MEETING_NAME, today.getYear() + "年" + today.getMonthValue() + "月支部党员大会");
  }
}
