package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Vars.*;

import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.duty.DutyCall.HandlerRole;
import cn.secretariat.flow.duty.DutyCall.Kind;
import cn.secretariat.flow.validation.InputCheck;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 来电来文登记 ({@code register-call}, start) and the answers of 转报, 办理 and 答复 (complete): a refused
 * answer is a Chinese message (HTTP 400 over REST) and nothing is started or changed. Each step records when it
 * was done: the next step's time limit runs from there.
 */
@Component("dutyCallCheck")
public class DutyCallCheck implements ExecutionListener, TaskListener {

  private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9+()\\-－ 转]{5,30}");

  private final RosterMaintenance names;

  public DutyCallCheck(RosterMaintenance names) {
    this.names = names;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution);
    String kind = check.choice(KIND, "来电/来文", Labelled.labels(Kind.class));
    String caller = check.text(CALLER, "来电人/来文人", 50);
    String organisation = check.text(ORGANISATION, "单位", 100);
    String phone = Kind.CALL.label().equals(kind) ? check.text(PHONE, "联系电话", 30)
        : check.optionalText(PHONE, "联系电话", 30);
    String matter = check.text(MATTER, "事由", 2000);
    String urgency = check.choice(URGENCY, "紧急程度", Labelled.labels(DutyCall.Urgency.class));
    if (phone != null) {
      check.require(PHONE_NUMBER.matcher(phone).matches(), "联系电话只能含数字、空格、+、-、括号（收到：" + phone + "）");
    }
    check.throwIfInvalid();

    execution.setVariable(KIND, kind);
    execution.setVariable(CALLER, caller);
    execution.setVariable(ORGANISATION, organisation);
    execution.setVariable(PHONE, phone);
    execution.setVariable(MATTER, matter);
    execution.setVariable(URGENCY, urgency);
    execution.setVariable(TITLE, kind + "：" + organisation + "（" + shorten(matter, 24) + "）");
    execution.setVariable(REGISTERED_AT, ClockUtil.getCurrentTime());
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    DelegateExecution call = task.getExecution().getProcessInstance();
    switch (task.getTaskDefinitionKey()) {
      case DutyCall.Steps.FORWARD -> {
        String role = check.choice(HANDLER_ROLE, "由谁办理", Labelled.labels(HandlerRole.class));
        String note = check.text(FORWARD_NOTE, "转报情况", 1000);
        check.throwIfInvalid();
        String handler = HandlerRole.LEADER.label().equals(role)
            ? (String) call.getVariable(LEADER_IN_CHARGE) : (String) call.getVariable(DUTY_OFFICER);
        call.setVariable(HANDLER_ROLE, role);
        call.setVariable(FORWARD_NOTE, note);
        call.setVariable(HANDLER, handler);
        call.setVariable(HANDLER_NAME, handler != null ? names.nameOf(handler)
            : HandlerRole.LEADER.label().equals(role) ? "领导组" : "值班组");
        call.setVariable(FORWARDED_AT, ClockUtil.getCurrentTime());
      }
      case DutyCall.Steps.HANDLE -> {
        String result = check.text(HANDLING_RESULT, "办理情况", 5000);
        check.throwIfInvalid();
        call.setVariable(HANDLING_RESULT, result);
        call.setVariable(HANDLED_AT, ClockUtil.getCurrentTime());
      }
      case DutyCall.Steps.REPLY -> {
        String reply = check.text(REPLY_TEXT, "答复内容", 2000);
        check.throwIfInvalid();
        call.setVariable(REPLY_TEXT, reply);
        call.setVariable(REPLIED_AT, ClockUtil.getCurrentTime());
      }
      case DutyCall.Steps.CONFIRM_HANDOVER -> {
        check.require(Boolean.TRUE.equals(task.getVariable(HANDOVER_CONFIRMED)), "请确认已逐项交接未办结事项");
        String notes = check.optionalText(HANDOVER_NOTES, "交接说明", 5000);
        check.throwIfInvalid();
        call.setVariable(HANDOVER_CONFIRMED, true);
        call.setVariable(HANDOVER_NOTES, notes);
      }
      default -> throw new ProcessEngineException("模型错误：dutyCallCheck 不检查 " + task.getTaskDefinitionKey());
    }
  }

  private static String shorten(String text, int max) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max) + "…";
  }
}
