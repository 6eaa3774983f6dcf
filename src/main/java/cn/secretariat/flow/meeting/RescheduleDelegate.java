package cn.secretariat.flow.meeting;

import cn.secretariat.flow.escalation.DeadlineMover;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 改期 ({@code Task_Reschedule}, after the message {@code meeting-rescheduled} carried the new
 * {@code startsAt}/{@code endsAt}): checks the new times and moves every deadline that hangs off them: the
 * due and follow-up dates of open tasks, their 催办 and 督办 timers, and the timer that opens 做记录 at the
 * start. Tasks not yet created will compute theirs from the new times anyway.
 */
@Component("rescheduleDelegate")
public class RescheduleDelegate implements JavaDelegate {

  static final String MEETING_STARTS_TIMER = "Timer_MeetingStarts";

  private final MeetingCheck check;
  private final MeetingDeadlines deadlines;

  public RescheduleDelegate(MeetingCheck check, MeetingDeadlines deadlines) {
    this.check = check;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    check.check(execution, execution.getProcessInstance());
    String instance = execution.getProcessInstanceId();
    for (String step : MeetingDeadlines.MEETING_RELATIVE) {
      Instant due = deadlines.dueOf(execution, step);
      DeadlineMover.moveStep(execution.getProcessEngineServices(), instance, step, due, deadlines.reminderFor(due));
    }
    DeadlineMover.moveTimer(execution.getProcessEngineServices(), instance, MEETING_STARTS_TIMER,
        ((Date) execution.getVariable(Meeting.Vars.STARTS_AT)).toInstant());
  }
}
