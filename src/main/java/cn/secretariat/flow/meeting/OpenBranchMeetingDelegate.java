package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 开启本月支部会 ({@code Task_OpenBranchMeeting}): starts a {@code meeting-service} of type 支部会 through its
 * message start event; a clerk then schedules it ({@code schedule-branch}). Camunda allows a process only one
 * none or timer start, so the monthly timer lives in {@code monthly-branch-meeting}.
 */
@Component("openBranchMeetingDelegate")
public class OpenBranchMeetingDelegate implements JavaDelegate {

  public static final String MESSAGE_BRANCH_MEETING_DUE = "branch-meeting-due";

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> meeting = new HashMap<>();
    meeting.put(MEETING_TYPE, Meeting.Type.PARTY_BRANCH.label());
    meeting.put(MEETING_NAME, execution.getVariable(MEETING_NAME));
    meeting.put(TOPICS_COLLECTED, "");
    meeting.put(NOTICE_SENT, false);
    String businessKey = "branch-" + execution.getProcessInstanceId();
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByMessage(MESSAGE_BRANCH_MEETING_DUE, businessKey, meeting);
  }
}
