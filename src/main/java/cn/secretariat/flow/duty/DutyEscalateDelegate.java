package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.escalation.EscalateOverdueDelegate;
import cn.secretariat.flow.escalation.Escalation;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 督办 on the duty desk (behind every 办理时限届满 timer of {@code duty-call} and {@code duty-handover}): the
 * ordinary 督办 ({@link EscalateOverdueDelegate}: incident {@code overdue}, priority, supervisors, comment), and
 * the matter goes up to the leader in charge of the day: made a candidate (the leaders' group when none is
 * rostered), with a comment saying so. The task-local {@code leaderEscalatedAt} makes a second run do nothing.
 */
@Component("dutyEscalateDelegate")
public class DutyEscalateDelegate implements JavaDelegate {

  static final String LEADER_ESCALATED_AT = "leaderEscalatedAt";

  private final EscalateOverdueDelegate escalation;
  private final DutyProperties properties;
  private final WorkingCalendar calendar;

  public DutyEscalateDelegate(EscalateOverdueDelegate escalation, DutyProperties properties, WorkingCalendar calendar) {
    this.escalation = escalation;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.execute(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String leader = (String) execution.getVariable(LEADER_IN_CHARGE);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey((String) execution.getVariableLocal(Escalation.WATCHED_TASK)).list()) {
      if (tasks.getVariableLocal(task.getId(), LEADER_ESCALATED_AT) != null) {
        continue;
      }
      tasks.setVariableLocal(task.getId(), LEADER_ESCALATED_AT, ClockUtil.getCurrentTime());
      boolean alreadyCandidate = leader != null && tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && leader.equals(link.getUserId()));
      if (leader == null) {
        tasks.addCandidateGroup(task.getId(), properties.leaderGroup());
      } else if (!alreadyCandidate && !leader.equals(task.getAssignee())) {
        tasks.addCandidateUser(task.getId(), leader);
      }
      tasks.createComment(task.getId(), task.getProcessInstanceId(), "【督办】" + Escalation.titleOf(
          execution.getVariable(TITLE)) + "的“" + task.getName() + "”已超时（时限" + Escalation.format(task.getDueDate(),
          calendar.zone()) + "），已报带班领导" + execution.getVariable(LEADER_NAME) + "。");
    }
  }
}
