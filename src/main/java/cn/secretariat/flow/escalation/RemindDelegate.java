package cn.secretariat.flow.escalation;

import cn.secretariat.flow.calendar.WorkingCalendar;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 催办: behind every 催办时点 timer. Records a reminder on each open task of the watched step: a comment
 * (visible in Tasklist's history of the task) and the task-local variable {@code remindedAt} (kept in
 * history). A task that has already been reminded is left alone, so a job that runs twice reminds once.
 */
@Component("remindDelegate")
public class RemindDelegate implements JavaDelegate {

  private final WorkingCalendar calendar;

  public RemindDelegate(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : WatchedTasks.open(execution)) {
      if (tasks.getVariableLocal(task.getId(), Escalation.REMINDED_AT) != null) {
        continue;
      }
      tasks.setVariableLocal(task.getId(), Escalation.REMINDED_AT, ClockUtil.getCurrentTime());
      tasks.createComment(task.getId(), task.getProcessInstanceId(),
          "【催办】" + Escalation.titleOf(execution.getVariable("title")) + "的“" + task.getName()
              + "”将于" + Escalation.format(task.getDueDate(), calendar.zone()) + "到期，请抓紧办理。");
    }
  }
}
