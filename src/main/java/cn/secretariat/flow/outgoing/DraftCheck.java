package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.document.DocType;
import cn.secretariat.flow.document.Urgency;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 拟稿 ({@code StartEvent_Drafted}, start) and 修改 ({@code revise}, complete): the draft's fields are present and
 * of the right kind. Whether the draft follows the 公文 rules is the format pre-check's business, which tells
 * the drafter all objections at once instead of refusing the form.
 */
@Component("draftCheck")
public class DraftCheck implements ExecutionListener, TaskListener {

  private final OutgoingProperties properties;

  public DraftCheck(OutgoingProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution, execution);
    execution.setVariable(RESUME_AT, OutgoingDocument.Steps.REVIEW_1);
    execution.setVariable(REVIEW_LOG, "");
    execution.setVariable(RETURNED_BY, "");
  }

  /**
   * The revised fields are written to the process instance explicitly: the task holds its own copies of
   * 标题 and 紧急程度 for Tasklist's columns, and a plain set would stop at those copies.
   */
  @Override
  public void notify(DelegateTask task) {
    check(task, task.getExecution().getProcessInstance());
  }

  private void check(VariableScope answers, VariableScope scope) {
    InputCheck check = InputCheck.of(answers);
    String docType = check.choice(DOC_TYPE, "文种", DocType.LABELS);
    String title = check.text(TITLE, "标题", 200);
    String issuerCode = check.choice(ISSUER_CODE, "机关代字", properties.issuerCodes());
    String urgency = check.choice(URGENCY, "紧急程度", Urgency.labels());
    String classification = check.choice(CLASSIFICATION, "密级", Classification.labels());
    Integer secrecyPeriod = check.optionalWholeNumber(SECRECY_PERIOD, "保密期限（年）", 1, 99);
    Integer copies = check.optionalWholeNumber(COPIES, "份数", 1, 100_000);
    String signer = check.optionalText(SIGNER, "签发人", 50);
    String mainRecipients = check.text(MAIN_RECIPIENTS, "主送机关", 1000);
    String ccRecipients = check.optionalText(CC_RECIPIENTS, "抄送机关", 1000);
    String body = check.text(BODY, "正文", 20_000);
    String attachmentNotes = check.optionalText(ATTACHMENT_NOTES, "附件说明", 1000);
    String attachmentTitles = check.optionalText(ATTACHMENT_TITLES, "附件", 2000);
    check.throwIfInvalid();

    scope.setVariable(DOC_TYPE, docType);
    scope.setVariable(TITLE, title);
    scope.setVariable(ISSUER_CODE, issuerCode);
    scope.setVariable(URGENCY, urgency);
    scope.setVariable(CLASSIFICATION, classification);
    // a field the form hides is not submitted: a 保密期限 or 签发人 left from an earlier version would
    // otherwise survive a change of 密级 or 文种 and be objected to with no way to clear it
    boolean classified = !Classification.UNCLASSIFIED.label().equals(classification);
    scope.setVariable(SECRECY_PERIOD, classified ? secrecyPeriod : null);
    scope.setVariable(COPIES, copies);
    scope.setVariable(SIGNER, OutgoingDocument.UPWARD_TYPES.contains(docType) ? signer : null);
    scope.setVariable(MAIN_RECIPIENTS, mainRecipients);
    scope.setVariable(CC_RECIPIENTS, ccRecipients);
    scope.setVariable(BODY, body);
    scope.setVariable(ATTACHMENT_NOTES, attachmentNotes);
    scope.setVariable(ATTACHMENT_TITLES, attachmentTitles);
  }
}
