package cn.secretariat.flow.trip;

import static cn.secretariat.flow.trip.ResearchTrip.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.validation.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 调研请示 ({@code StartEvent_Requested}, start), 修改请示 ({@code revise-request}, complete) and 改期
 * ({@code Task_Postpone}): topic, lead, scope, destinations, dates (return not before departure), people and
 * budget. Dates are kept as {@code yyyy-MM-dd}.
 */
@Component("tripCheck")
public class TripCheck implements ExecutionListener, TaskListener {

  private final WorkingCalendar calendar;

  public TripCheck(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution, execution);
    execution.setVariable(APPROVAL_LOG, "");
    execution.setVariable(APPROVAL_OUTCOME, "");
  }

  @Override
  public void notify(DelegateTask task) {
    check(task, task.getExecution().getProcessInstance());
  }

  void check(VariableScope answers, VariableScope trip) {
    InputCheck check = InputCheck.of(answers);
    String topic = check.text(TOPIC, "调研主题", 200);
    String leadBy = check.text(LEAD_BY, "带队领导", 50);
    String scope = check.choice(SCOPE, "调研范围", Labelled.labels(ResearchTrip.Scope.class));
    String destinations = check.text(DESTINATIONS, "目的地", 500);
    LocalDate departsOn = date(check, answers, DEPARTS_ON, "出发日期");
    LocalDate returnsOn = date(check, answers, RETURNS_ON, "返回日期");
    String participants = check.text(PARTICIPANTS, "参加人员", 2000);
    String staff = check.text(STAFF, "随行工作人员", 2000);
    Object budget = answers.getVariable(BUDGET);
    check.require(budget instanceof Number n && n.doubleValue() >= 0, "经费预算应为不小于 0 的金额（收到：" + budget + "）");
    if (departsOn != null && returnsOn != null) {
      check.require(!returnsOn.isBefore(departsOn), "返回日期不能早于出发日期");
    }
    check.throwIfInvalid();

    trip.setVariable(TOPIC, topic);
    trip.setVariable(LEAD_BY, leadBy);
    trip.setVariable(SCOPE, scope);
    trip.setVariable(DESTINATIONS, destinations);
    trip.setVariable(DEPARTS_ON, departsOn.toString());
    trip.setVariable(RETURNS_ON, returnsOn.toString());
    trip.setVariable(PARTICIPANTS, participants);
    trip.setVariable(STAFF, staff);
    trip.setVariable(BUDGET, ((Number) budget).doubleValue());
  }

  /** The trip has not left yet (cancel and postpone are only possible before departure). */
  public boolean beforeDeparture(VariableScope trip) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
    return today.isBefore(LocalDate.parse((String) trip.getVariable(DEPARTS_ON)));
  }

  private static LocalDate date(InputCheck check, VariableScope answers, String name, String label) {
    Object raw = answers.getVariable(name);
    if (raw == null || raw.toString().isBlank()) {
      check.missing(label);
      return null;
    }
    try {
      String text = raw.toString().strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      check.require(false, label + "不是有效日期（收到：" + raw + "，格式如 2026-12-10）");
      return null;
    }
  }
}
