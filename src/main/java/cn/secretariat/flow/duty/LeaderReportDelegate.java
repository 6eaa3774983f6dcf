package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Vars.LEADER_REPORTED_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 即报带班领导 ({@code Task_ReportToLeader}, 紧急 and 重大): records that the matter went to the leader in charge at
 * once; 转报 then opens with the leader as a candidate beside the duty officer (the leaders' group when the day
 * has no leader rostered). A second run keeps the first time.
 */
@Component("leaderReportDelegate")
public class LeaderReportDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(LEADER_REPORTED_AT) == null) {
      execution.setVariable(LEADER_REPORTED_AT, ClockUtil.getCurrentTime());
    }
  }
}
