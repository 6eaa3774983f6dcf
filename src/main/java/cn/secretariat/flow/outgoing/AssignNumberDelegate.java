package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 编号登记 ({@code register}, asynchronous): gives the signed document its 发文字号 in the year of its 成文日期
 * (the signing date). Runs as a job, so a failure is retried, and the retry gets the same number back.
 */
@Component("assignNumberDelegate")
public class AssignNumberDelegate implements JavaDelegate {

  private final DocumentNumbers numbers;
  private final WorkingCalendar calendar;

  public AssignNumberDelegate(DocumentNumbers numbers, WorkingCalendar calendar) {
    this.numbers = numbers;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date signedAt = (Date) execution.getVariable(SIGNED_AT);
    int year = signedAt.toInstant().atZone(calendar.zone()).getYear();
    DocumentNumbers.Assigned assigned = numbers.assign(execution.getProcessInstanceId(),
        (String) execution.getVariable(ISSUER_CODE), year);
    execution.setVariable(DOC_NUMBER, assigned.number());
    execution.setVariable(DOC_SEQUENCE, assigned.sequence());
    execution.setVariable(DOC_YEAR, assigned.year());
  }
}
