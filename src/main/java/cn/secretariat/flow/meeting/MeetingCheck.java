package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.validation.InputCheck;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 会议登记 ({@code StartEvent_Registered}, start), 安排支部会 ({@code schedule-branch}, complete) and 改期
 * ({@code Task_Reschedule}): the meeting's name, type, times (the end after the start), place, chair,
 * attendees and the departments asked for topics.
 */
@Component("meetingCheck")
public class MeetingCheck implements ExecutionListener, TaskListener {

  private final WorkingCalendar calendar;
  private final Departments departments;

  public MeetingCheck(WorkingCalendar calendar, Departments departments) {
    this.calendar = calendar;
    this.departments = departments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution, execution);
    if (execution.getVariable(TOPICS_COLLECTED) == null) {
      execution.setVariable(TOPICS_COLLECTED, "");
    }
    execution.setVariable(NOTICE_SENT, false);
  }

  @Override
  public void notify(DelegateTask task) {
    check(task, task.getExecution().getProcessInstance());
  }

  void check(VariableScope answers, VariableScope meeting) {
    InputCheck check = InputCheck.of(answers);
    String name = check.text(MEETING_NAME, "会议名称", 100);
    String type = check.choice(MEETING_TYPE, "会议类型", Labelled.labels(Meeting.Type.class));
    Date startsAt = check.optionalInstant(STARTS_AT, "开会时间", calendar.zone());
    Date endsAt = check.optionalInstant(ENDS_AT, "结束时间", calendar.zone());
    String venue = check.text(VENUE, "地点", 100);
    String chair = check.text(CHAIR, "主持人", 50);
    String scope = check.text(ATTENDEE_SCOPE, "参会范围", 1000);
    Integer expected = check.wholeNumber(EXPECTED_COUNT, "预计人数", 1, 10_000);
    List<String> topicDepartments = check.idList(TOPIC_DEPARTMENTS, "征集议题的部门");
    if (startsAt == null && answers.getVariable(STARTS_AT) == null) {
      check.missing("开会时间");
    }
    if (endsAt == null && answers.getVariable(ENDS_AT) == null) {
      check.missing("结束时间");
    }
    if (startsAt != null && endsAt != null) {
      check.require(endsAt.after(startsAt), "结束时间应晚于开会时间");
    }
    Map<String, String> known = departments.all();
    topicDepartments.forEach(id -> check.require(known.containsKey(id), "征集议题的部门不存在：" + id));
    check.throwIfInvalid();

    meeting.setVariable(MEETING_NAME, name);
    meeting.setVariable(MEETING_TYPE, type);
    meeting.setVariable(STARTS_AT, startsAt);
    meeting.setVariable(ENDS_AT, endsAt);
    meeting.setVariable(VENUE, venue);
    meeting.setVariable(CHAIR, chair);
    meeting.setVariable(ATTENDEE_SCOPE, scope);
    meeting.setVariable(EXPECTED_COUNT, expected);
    meeting.setVariable(TOPIC_DEPARTMENTS, SpinValues.jsonValue(Spin.JSON(topicDepartments)).create());
  }
}
