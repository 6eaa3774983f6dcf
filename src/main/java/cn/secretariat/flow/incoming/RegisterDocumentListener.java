package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.document.DocType;
import cn.secretariat.flow.document.Urgency;
import cn.secretariat.flow.validation.InputCheck;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 登记 ({@code StartEvent_Registered}, start listener): checks the registration form and stores its answers
 * in their proper types. Anything wrong aborts the start with one message listing every problem, so no
 * half-registered document exists.
 */
@Component("registerDocumentListener")
public class RegisterDocumentListener implements ExecutionListener {

  private final WorkingCalendar calendar;

  public RegisterDocumentListener(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution);
    String title = check.text(TITLE, "标题", 200);
    String sourceOrg = check.text(SOURCE_ORG, "来文单位", 100);
    String sourceDocNumber = check.optionalText(SOURCE_DOC_NUMBER, "来文字号", 100);
    String docType = check.choice(DOC_TYPE, "文种", DocType.LABELS);
    String urgency = check.choice(URGENCY, "紧急程度", Urgency.labels());
    String classification = check.choice(CLASSIFICATION, "密级", Classification.labels());
    Date receivedAt = check.optionalInstant(RECEIVED_AT, "收文时间", calendar.zone());
    Integer pages = check.wholeNumber(PAGES, "页数", 1, 100_000);
    String remarks = check.optionalText(REMARKS, "备注", 1000);
    if (receivedAt != null) {
      check.require(!receivedAt.after(ClockUtil.getCurrentTime()), "收文时间不能晚于当前时间");
    }
    check.throwIfInvalid();

    execution.setVariable(TITLE, title);
    execution.setVariable(SOURCE_ORG, sourceOrg);
    execution.setVariable(SOURCE_DOC_NUMBER, sourceDocNumber);
    execution.setVariable(DOC_TYPE, docType);
    execution.setVariable(URGENCY, urgency);
    execution.setVariable(CLASSIFICATION, classification);
    execution.setVariable(RECEIVED_AT, receivedAt != null ? receivedAt : ClockUtil.getCurrentTime());
    execution.setVariable(PAGES, pages);
    execution.setVariable(REMARKS, remarks);
    execution.setVariable(HANDLING_SUMMARY, "");
  }
}
