package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.incoming.IncomingDocument.Decision;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审批流转 ({@code approve}, on complete): the leader's decision; a comment when the leader amends or
 * returns; the departments and time limit when the document goes on to be handled.
 */
@Component("decisionCheck")
public class DecisionCheck implements TaskListener {

  private final Departments departments;

  public DecisionCheck(Departments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String decision = check.choice(DECISION, "批示", Decision.labels());
    String comment = check.optionalText(LEADER_COMMENT, "批示意见", 1000);
    boolean proceeds = decision != null && !Decision.RETURN.label().equals(decision);
    if (decision != null && !Decision.AGREE.label().equals(decision) && comment == null) {
      check.missing("批示意见（" + decision + "时必填）");
    }
    Routing.check(check, task, departments.all(), proceeds, proceeds);
    check.throwIfInvalid();

    task.setVariable(DECISION, decision);
    task.setVariable(LEADER_COMMENT, comment);
    if (proceeds) {
      Routing.store(task, check);
    }
  }
}
