package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Steps.CARRY_OUT;
import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 督办事项 ({@code carry-out} and {@code confirm-done}, complete): the department reports what it did; the
 * secretariat confirms it, or sends it back with a reason. A confirmed item records whether it was on time
 * and, if not, by how many working days it was late.
 */
@Component("followUpCheck")
public class FollowUpCheck implements TaskListener {

  private final FollowUpDeadlines deadlines;

  public FollowUpCheck(FollowUpDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    if (CARRY_OUT.equals(task.getTaskDefinitionKey())) {
      check.text(PROGRESS_REPORT, "落实情况", 2000);
      check.require(Boolean.TRUE.equals(task.getVariable(CARRIED_OUT)), "请确认事项已办结");
      check.throwIfInvalid();
      task.getExecution().getProcessInstance().setVariable(CARRIED_OUT_AT, ClockUtil.getCurrentTime());
      return;
    }
    String result = check.choice(CONFIRM_RESULT, "确认结果", List.of("已落实", "退回重办"));
    String comment = check.optionalText(CONFIRM_COMMENT, "确认说明", 2000);
    if ("退回重办".equals(result) && comment == null) {
      check.missing("确认说明（退回重办时必填）");
    }
    check.throwIfInvalid();
    if ("已落实".equals(result)) {
      Date doneAt = (Date) task.getVariable(CARRIED_OUT_AT);
      int late = deadlines.workingDaysLate(task, doneAt.toInstant());
      task.setVariable(ON_TIME, late == 0);
      task.setVariable(WORKING_DAYS_LATE, late);
      reportToMeeting(task, late);
    }
  }

  /**
   * The meeting's closing record is written when its last item is confirmed, in that same transaction, so
   * it cannot read this item from history yet: each item hands its line to the meeting as it is confirmed.
   */
  private static void reportToMeeting(DelegateTask task, int late) {
    DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
    if (caller == null) {
      return;
    }
    String line = task.getVariable(ITEM) + "｜" + task.getVariable(DEPARTMENT_NAME) + "｜时限 " + task.getVariable(DEADLINE)
        + "｜" + (late == 0 ? "按时落实" : "逾期 " + late + " 个工作日落实");
    DelegateExecution meeting = caller.getProcessInstance();
    Object before = meeting.getVariable(CLOSING_LINES);
    meeting.setVariable(CLOSING_LINES, before == null || before.toString().isEmpty() ? line : before + "\n" + line);
    Object lateBefore = meeting.getVariable(ITEMS_LATE);
    meeting.setVariable(ITEMS_LATE, (lateBefore instanceof Integer n ? n : 0) + (late == 0 ? 0 : 1));
  }
}
