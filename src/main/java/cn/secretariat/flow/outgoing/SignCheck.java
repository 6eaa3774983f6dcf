package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.outgoing.OutgoingDocument.SignDecision;
import cn.secretariat.flow.validation.InputCheck;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 签发 ({@code sign}, complete): 同意签发 fixes the 成文日期 (the signing date, GB/T 9704-2012 7.3.5, written
 * 2026年1月5日); 退回 needs the leader's reasons and sends the draft back, to resume at 签发.
 */
@Component("signCheck")
public class SignCheck implements TaskListener {

  static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final WorkingCalendar calendar;
  private final ReviewLog log;

  public SignCheck(WorkingCalendar calendar, ReviewLog log) {
    this.calendar = calendar;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String decision = check.choice(SIGN_DECISION, "签发决定", Labelled.labels(SignDecision.class));
    String opinion = check.optionalText(SIGN_OPINION, "签发意见", 1000);
    boolean returned = SignDecision.RETURN.label().equals(decision);
    if (returned && opinion == null) {
      check.missing("签发意见（退回时必填）");
    }
    check.throwIfInvalid();

    task.setVariable(SIGN_DECISION, decision);
    task.setVariable(SIGN_OPINION, opinion);
    task.getExecution().getProcessInstance().setVariable(SIGN_OUTCOME, decision);
    log.append(task, "签发", decision, opinion);
    if (returned) {
      task.setVariable(RESUME_AT, OutgoingDocument.Steps.SIGN);
      task.setVariable(RETURNED_BY, "签发");
    } else {
      Date now = ClockUtil.getCurrentTime();
      task.setVariable(SIGNED_AT, now);
      task.setVariable(SIGNED_ON, CHINESE_DATE.format(now.toInstant().atZone(calendar.zone())));
    }
  }
}
