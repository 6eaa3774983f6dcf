package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.incoming.IncomingDocument.Proposal;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 拟办建议 ({@code propose}, on complete): a kind of proposal and its wording; a lead department when it
 * goes to a leader or straight to departments, and a time limit when it goes straight to departments.
 */
@Component("proposalCheck")
public class ProposalCheck implements TaskListener {

  private final Departments departments;

  public ProposalCheck(Departments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String proposal = check.choice(PROPOSAL, "拟办意见类型", Proposal.labels());
    String comment = check.text(PROPOSAL_COMMENT, "拟办意见", 1000);
    boolean routed = Proposal.TO_LEADER.label().equals(proposal) || Proposal.FORWARD.label().equals(proposal);
    Routing.check(check, task, departments.all(), routed, Proposal.FORWARD.label().equals(proposal));
    check.throwIfInvalid();

    task.setVariable(PROPOSAL, proposal);
    task.setVariable(PROPOSAL_COMMENT, comment);
    if (routed) {
      Routing.store(task, check);
    }
  }
}
