package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.escalation.Escalation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 汇总未办结事项 ({@code Task_CollectOpenMatters} of {@code duty-handover}): at the shift change, the officers going
 * off and coming on duty and every open 值班来电来文 matter (one numbered line each: urgency, title, step, who,
 * due, overdue) for the 交接班 form. Running it twice writes the same record.
 */
@Component("handoverDelegate")
public class HandoverDelegate implements JavaDelegate {

  private final DutyDays days;
  private final DutyAssignment assignment;
  private final RosterMaintenance names;
  private final WorkingCalendar calendar;

  public HandoverDelegate(DutyDays days, DutyAssignment assignment, RosterMaintenance names, WorkingCalendar calendar) {
    this.days = days;
    this.assignment = assignment;
    this.names = names;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = days.dutyDayAt(now);
    String incoming = assignment.officerOn(today);
    String outgoing = assignment.officerOn(today.minusDays(1));
    String leader = assignment.leaderOn(today);
    execution.setVariable(LEADER_IN_CHARGE, leader);
    execution.setVariable(LEADER_NAME, leader == null ? "领导组（当日未排带班领导）" : names.nameOf(leader));
    execution.setVariable(DUTY_DATE, today.toString());
    execution.setVariable(DUTY_TRACK, days.trackOf(today).label());
    execution.setVariable(SHIFT_CHANGE_AT, Date.from(days.shiftChangeOn(today)));
    execution.setVariable(INCOMING_OFFICER, incoming);
    execution.setVariable(OUTGOING_OFFICER, outgoing);
    execution.setVariable(TITLE, "交接班（" + today + "）");
    List<String> lines = openMatters(execution.getProcessEngineServices(), now);
    execution.setVariable(OPEN_COUNT, lines.size());
    execution.setVariable(OPEN_MATTERS, lines.isEmpty() ? "无未办结事项。" : String.join("\n", lines));
    execution.setVariable("incomingOfficerName", incoming == null ? "值班组（当日未排班）" : names.nameOf(incoming));
    execution.setVariable("outgoingOfficerName", outgoing == null ? "—" : names.nameOf(outgoing));
  }

  private List<String> openMatters(ProcessEngineServices engine, Instant now) {
    List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey(DutyCall.PROCESS_KEY)
        .orderByTaskCreateTime().asc().list();
    List<String> lines = new ArrayList<>();
    for (Task task : open) {
      Map<String, Object> call = engine.getRuntimeService().getVariables(task.getProcessInstanceId(),
          List.of(TITLE, URGENCY));
      String who = task.getAssignee() != null ? names.nameOf(task.getAssignee()) : "待签收";
      boolean late = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
      lines.add((lines.size() + 1) + ". 【" + call.get(URGENCY) + "】" + call.get(TITLE) + " — 环节：" + task.getName()
          + "；办理人：" + who + "；时限：" + Escalation.format(task.getDueDate(), calendar.zone()) + (late ? "（已超时）" : ""));
    }
    return lines;
  }
}
