package cn.secretariat.flow.escalation;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.security.DocumentAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 督办: behind every 办理时限届满 timer. Each open task of the watched step is marked overdue, its priority
 * raised, the supervisors made candidates (the cleared ones only, for a classified document), a comment written, and an incident of type
 * {@code overdue} opened on the task's own execution, so that Cockpit draws it on that activity and counts
 * it. A task already escalated is left alone: a timer job that runs twice escalates once.
 */
@Component("escalateOverdueDelegate")
public class EscalateOverdueDelegate implements JavaDelegate {

  private final WorkingCalendar calendar;
  private final EscalationProperties properties;
  private final DocumentAccess documentAccess;

  public EscalateOverdueDelegate(WorkingCalendar calendar, EscalationProperties properties,
      DocumentAccess documentAccess) {
    this.calendar = calendar;
    this.properties = properties;
    this.documentAccess = documentAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (Task task : WatchedTasks.open(execution)) {
      if (tasks.getVariableLocal(task.getId(), Escalation.ESCALATED_AT) != null) {
        continue;
      }
      String message = "【督办】" + Escalation.titleOf(execution.getVariable("title")) + "的“" + task.getName()
          + "”已超过办理时限（" + Escalation.format(task.getDueDate(), calendar.zone()) + "）";
      tasks.setVariableLocal(task.getId(), Escalation.ESCALATED_AT, ClockUtil.getCurrentTime());
      tasks.setVariableLocal(task.getId(), Escalation.OVERDUE, true);
      tasks.setPriority(task.getId(), Math.min(100, task.getPriority() + properties.priorityRaise()));
      documentAccess.addCandidateGroup(execution.getProcessEngineServices(), task.getId(),
          DocumentAccess.classificationOf(execution), properties.supervisorGroup());
      tasks.createComment(task.getId(), task.getProcessInstanceId(), message + "，已提请督办。");
      runtime.createIncident(Escalation.INCIDENT_OVERDUE, task.getExecutionId(), task.getId(), message);
    }
  }
}
