package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.outgoing.OutgoingDocument.ReviewDecision;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 初审 / 复审 / 三审 ({@code review-1..3}, complete): a decision, and an opinion when the draft goes back. Both
 * stay local to the stage (its input mapping declares them, so the next stage's form starts empty); the
 * decision goes on as {@code reviewOutcome} for the gateway. The
 * opinion joins {@code reviewLog} with the stage and its proofreading round (一校/二校/三校), so every later
 * stage reads it; a return remembers where the revised draft resumes.
 */
@Component("reviewRecordListener")
public class ReviewRecordListener implements TaskListener {

  private final ReviewLog log;

  public ReviewRecordListener(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String decision = check.choice(REVIEW_DECISION, "审核结论", Labelled.labels(ReviewDecision.class));
    String opinion = check.optionalText(REVIEW_OPINION, "审核意见", 2000);
    boolean returned = ReviewDecision.RETURN.label().equals(decision);
    if (returned && opinion == null) {
      check.missing("审核意见（退回修改时必填）");
    }
    check.throwIfInvalid();

    String stage = (String) task.getVariable(STAGE_NAME);
    task.setVariable(REVIEW_DECISION, decision);
    task.setVariable(REVIEW_OPINION, opinion);
    task.getExecution().getProcessInstance().setVariable(REVIEW_OUTCOME, decision);
    log.append(task, stage + "·" + task.getVariable(PROOF_ROUND), decision, opinion);
    if (returned) {
      task.setVariable(RESUME_AT, task.getTaskDefinitionKey());
      task.setVariable(RETURNED_BY, stage);
    }
  }
}
