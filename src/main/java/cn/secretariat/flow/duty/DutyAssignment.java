package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Vars.*;

import cn.secretariat.flow.duty.DutyCall.HandlerRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Who is on duty now. As 确定值班人员 ({@code Task_ResolveDuty}) it writes the duty day, its track, the officer
 * and the leader in charge from the roster into the call's variables; the tasks' candidates come from
 * {@code ${dutyAssignment.forwardGroups(execution)}} and the like. Without a roster entry the whole duty group
 * (and, for the leader, {@code secretariat.duty.leader-group}) stands in.
 */
@Component("dutyAssignment")
public class DutyAssignment implements JavaDelegate {

  private final DutyRoster roster;
  private final DutyDays days;
  private final DutyProperties properties;
  private final RosterMaintenance names;

  public DutyAssignment(DutyRoster roster, DutyDays days, DutyProperties properties, RosterMaintenance names) {
    this.roster = roster;
    this.days = days;
    this.properties = properties;
    this.names = names;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate day = days.dutyDayAt(ClockUtil.getCurrentTime().toInstant());
    Optional<DutyRoster.Entry> entry = roster.on(day);
    String officer = entry.map(DutyRoster.Entry::officerId).orElse(null);
    String leader = entry.map(DutyRoster.Entry::leaderId).orElse(null);
    execution.setVariable(DUTY_DATE, day.toString());
    execution.setVariable(DUTY_TRACK, days.trackOf(day).label());
    execution.setVariable(HOLIDAY_NAME, days.holidayName(day));
    execution.setVariable(DUTY_OFFICER, officer);
    execution.setVariable(DUTY_OFFICER_NAME, officer == null ? "值班组（当日未排班）" : names.nameOf(officer));
    execution.setVariable(LEADER_IN_CHARGE, leader);
    execution.setVariable(LEADER_NAME, leader == null ? "领导组（当日未排带班领导）" : names.nameOf(leader));
  }

  /** 转报: the duty group, and the leaders' group when the matter was reported and no leader is rostered. */
  public List<String> forwardGroups(VariableScope call) {
    return groups(call.getVariable(LEADER_REPORTED_AT) != null && call.getVariable(LEADER_IN_CHARGE) == null);
  }

  /** 转报: the rostered leader in charge, once the matter was reported to the leader (紧急, 重大). */
  public List<String> forwardUsers(VariableScope call) {
    Object leader = call.getVariable(LEADER_IN_CHARGE);
    return call.getVariable(LEADER_REPORTED_AT) != null && leader != null ? List.of((String) leader) : List.of();
  }

  /** 办理: the duty group, and the leaders' group when the leader is to handle it and none is rostered. */
  public List<String> handleGroups(VariableScope call) {
    return groups(HandlerRole.LEADER.label().equals(call.getVariable(HANDLER_ROLE)) && call.getVariable(HANDLER) == null);
  }

  /** The officer on duty at this moment (答复, 交接班), or null when the day has no roster entry. */
  public String officerNow() {
    return officerOn(days.dutyDayAt(ClockUtil.getCurrentTime().toInstant()));
  }

  String officerOn(LocalDate day) {
    return roster.on(day).map(DutyRoster.Entry::officerId).orElse(null);
  }

  String leaderOn(LocalDate day) {
    return roster.on(day).map(DutyRoster.Entry::leaderId).orElse(null);
  }

  /** The duty groups every duty task has as candidates. */
  public List<String> dutyGroups() {
    return List.of(properties.officerGroup());
  }

  private List<String> groups(boolean withLeaders) {
    List<String> groups = new ArrayList<>(dutyGroups());
    if (withLeaders) {
      groups.add(properties.leaderGroup());
    }
    return groups;
  }
}
