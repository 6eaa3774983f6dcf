package cn.secretariat.flow.escalation;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves a step's deadline when the date it hangs off changes (a meeting or a trip rescheduled): the open
 * tasks' due and follow-up dates and their 催办 / 督办 timers, whose ids follow the task key
 * ({@code prepare-venue} → {@code Timer_PrepareVenueReminder}, {@code Timer_PrepareVenueOverdue}).
 */
public final class DeadlineMover {

  private DeadlineMover() {
  }

  public static void moveStep(ProcessEngineServices services, String processInstanceId, String step, Instant due,
      Instant remindAt) {
    TaskService tasks = services.getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).list()) {
      task.setDueDate(Date.from(due));
      task.setFollowUpDate(Date.from(remindAt));
      tasks.saveTask(task);
    }
    String camel = camel(step);
    moveTimer(services, processInstanceId, "Timer_" + camel + "Reminder", remindAt);
    moveTimer(services, processInstanceId, "Timer_" + camel + "Overdue", due);
  }

  public static void moveTimer(ProcessEngineServices services, String processInstanceId, String activityId, Instant at) {
    ManagementService jobs = services.getManagementService();
    for (Job job : jobs.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      jobs.setJobDuedate(job.getId(), Date.from(at));
    }
  }

  static String camel(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
