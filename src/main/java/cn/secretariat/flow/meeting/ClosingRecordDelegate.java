package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 闭环 ({@code Task_CloseLoop}): once every decided item is confirmed, the meeting's closing record lists
 * them: 事项, 责任部门, 时限, on time or late and by how many working days (each item reported its line when
 * it was confirmed, see {@link FollowUpCheck}).
 */
@Component("closingRecordDelegate")
public class ClosingRecordDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object lines = execution.getVariable(CLOSING_LINES);
    boolean none = lines == null || lines.toString().isEmpty();
    execution.setVariable(CLOSING_RECORD, none ? "本次会议无议定事项" : lines.toString());
    if (execution.getVariable(ITEMS_LATE) == null) {
      execution.setVariable(ITEMS_LATE, 0);
    }
  }
}
