package cn.secretariat.flow.meeting;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    ManagementService jobs = execution.getProcessEngineServices().getManagementService();
    String instance = execution.getProcessInstanceId();

    for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
      String step = task.getTaskDefinitionKey();
      if (!MeetingDeadlines.MEETING_RELATIVE.contains(step)) {
        continue;
      }
      Instant due = deadlines.dueOf(execution, step);
      Instant remindAt = deadlines.reminderFor(due);
      task.setDueDate(Date.from(due));
      task.setFollowUpDate(Date.from(remindAt));
      tasks.saveTask(task);
      String camel = camel(step);
      moveTimer(jobs, instance, "Timer_" + camel + "Reminder", remindAt);
      moveTimer(jobs, instance, "Timer_" + camel + "Overdue", due);
    }
    moveTimer(jobs, instance, MEETING_STARTS_TIMER, ((Date) execution.getVariable(Meeting.Vars.STARTS_AT)).toInstant());
  }

  private static void moveTimer(ManagementService jobs, String instance, String activityId, Instant at) {
    for (Job job : jobs.createJobQuery().processInstanceId(instance).activityId(activityId).list()) {
      jobs.setJobDuedate(job.getId(), Date.from(at));
    }
  }

  /** {@code prepare-venue} → {@code PrepareVenue}: the timers' ids follow the task keys. */
  static String camel(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

}
