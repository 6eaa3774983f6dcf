package cn.secretariat.flow.trip;

import static cn.secretariat.flow.trip.ResearchTrip.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 前期请示审批 ({@code request-approval}, one per level, complete): 同意 passes to the next level; 不同意 ends the
 * trip with the reason; 退回修改 sends it back to the requester. Every level's opinion joins
 * {@code approvalLog}; the outcome drives the multi-instance's completion and the gateway after it.
 */
@Component("approvalListener")
public class ApprovalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String decision = check.choice(APPROVAL_DECISION, "审批意见", List.of("同意", "不同意", "退回修改"));
    String comment = check.optionalText(APPROVAL_COMMENT, "审批说明", 1000);
    if (decision != null && !"同意".equals(decision) && comment == null) {
      check.missing("审批说明（" + decision + "时必填）");
    }
    check.throwIfInvalid();

    DelegateExecution trip = task.getExecution().getProcessInstance();
    String line = "【" + task.getVariable(APPROVER_NAME) + "】" + decision + (comment == null ? "" : "：" + comment);
    Object before = trip.getVariable(APPROVAL_LOG);
    trip.setVariable(APPROVAL_LOG, before == null || before.toString().isEmpty() ? line : before + "\n" + line);
    trip.setVariable(APPROVAL_OUTCOME, decision);
    if ("不同意".equals(decision)) {
      trip.setVariable(REJECTION_REASON, task.getVariable(APPROVER_NAME) + "不同意：" + comment);
    }
  }
}
