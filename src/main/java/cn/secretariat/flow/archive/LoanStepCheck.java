package cn.secretariat.flow.archive;

import static cn.secretariat.flow.archive.Archive.Steps.*;
import static cn.secretariat.flow.archive.Archive.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The answers of 档案借阅's steps (complete): the chief's and the leader's decisions (a refusal needs its
 * reason); 交付, which lends the record to this loan alone (HTTP 400 when another loan holds it) and, for 电子,
 * opens the borrower's access until the due time; and 归还验收, which checks the paper record's condition or the
 * end of electronic access, ends the access and frees the record.
 */
@Component("loanStepCheck")
public class LoanStepCheck implements TaskListener {

  private final ArchiveRecords records;
  private final ArchiveAccess access;
  private final LoanDeadlines deadlines;

  public LoanStepCheck(ArchiveRecords records, ArchiveAccess access, LoanDeadlines deadlines) {
    this.records = records;
    this.access = access;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    DelegateExecution loan = task.getExecution().getProcessInstance();
    switch (task.getTaskDefinitionKey()) {
      case APPROVE_LOAN -> decision(check, loan, CHIEF_DECISION, CHIEF_COMMENT);
      case APPROVE_LOAN_LEADER -> decision(check, loan, LEADER_DECISION, LEADER_COMMENT);
      case LEND -> lend(check, task, loan);
      case RETURN -> giveBack(check, task, loan);
      default -> throw new ProcessEngineException("模型错误：loanStepCheck 不检查 " + task.getTaskDefinitionKey());
    }
  }

  private static void decision(InputCheck check, DelegateExecution loan, String decisionName, String commentName) {
    String decision = check.choice(decisionName, "审批意见", Archive.DECISIONS);
    String comment = check.optionalText(commentName, "审批说明", 2000);
    if (Archive.REFUSE.equals(decision) && comment == null) {
      check.missing("审批说明（不同意时必填）");
    }
    check.throwIfInvalid();
    loan.setVariable(decisionName, decision);
    loan.setVariable(commentName, comment);
  }

  private void lend(InputCheck check, DelegateTask task, DelegateExecution loan) {
    check.require(Boolean.TRUE.equals(task.getVariable(HANDED_OVER)), "请确认已交付借阅人（纸质）或已开通查阅（电子）");
    String notes = check.optionalText(LEND_NOTES, "交付说明", 2000);
    check.throwIfInvalid();
    long recordId = recordId(loan);
    check.require(records.claimLoan(recordId, loan.getProcessInstanceId()),
        "档案 " + loan.getVariable(ARCHIVE_NUMBER) + " 已借出，归还后方可再借");
    check.throwIfInvalid();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (electronic(loan)) {
      access.grant(loan.getProcessInstanceId(), recordId, (String) loan.getVariable(BORROWER), now,
          deadlines.dueOf(loan));
    }
    loan.setVariable(LEND_NOTES, notes);
    loan.setVariable(LENT_AT, Date.from(now));
  }

  private void giveBack(InputCheck check, DelegateTask task, DelegateExecution loan) {
    if (electronic(loan)) {
      check.require(Boolean.TRUE.equals(task.getVariable(ACCESS_ENDED)), "请确认电子查阅权限已终止");
    } else {
      check.choice(RETURN_CONDITION, "档案状况", Archive.CONDITIONS);
    }
    String notes = check.optionalText(RETURN_NOTES, "验收说明", 2000);
    String condition = (String) task.getVariable(RETURN_CONDITION);
    if (condition != null && !"完好".equals(condition) && notes == null) {
      check.missing("验收说明（档案有破损或缺页时必填）");
    }
    check.throwIfInvalid();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (access.revoke(loan.getProcessInstanceId(), now)) {
      loan.setVariable(ACCESS_REVOKED_AT, Date.from(now));
    }
    records.releaseLoan(recordId(loan), loan.getProcessInstanceId());
    loan.setVariable(RETURN_NOTES, notes);
    loan.setVariable(RETURNED_AT, Date.from(now));
  }

  static boolean electronic(DelegateExecution loan) {
    return Archive.LoanMode.ELECTRONIC.label().equals(loan.getVariable(LOAN_MODE));
  }

  static long recordId(DelegateExecution loan) {
    return ((Number) loan.getVariable(RECORD_ID)).longValue();
  }
}
