package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Steps.*;
import static cn.secretariat.flow.meeting.Meeting.Vars.*;
import static cn.secretariat.flow.support.EngineClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 会务闭环 ({@code meeting-service}) and 督办事项 ({@code follow-up-item}): the whole loop, 改期 before and after
 * the notice, cancellation, the monthly branch meeting, deadlines counted back from the meeting day, and
 * every step's 催办 and 督办, with the engine clock moved by hand.
 */
@ProcessTest
class MeetingServiceTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.set("2026-11-02T10:00");
  }

  @AfterEach
  void tearDown() {
    EngineClock.reset();
  }

  // ---------------------------------------------------------------- the loop

  @Test
  void theLoopClosesWhenEveryDecidedItemIsConfirmedAndRecordsTheLateOne() {
    ProcessInstance meeting = register("常委会会议", "2026-11-25T09:00", "2026-11-25T12:00", List.of("dept-legal", "dept-finance"));

    List<Task> topics = tasks(meeting, COLLECT_TOPICS);
    assertThat(topics).hasSize(2).extracting(Task::getDueDate).containsOnly(at("2026-11-11T17:30"));
    taskService.complete(topics.get(0).getId(), Map.of(TOPIC_TITLES, "审议物业管理条例修订草案"));
    taskService.complete(topics.get(1).getId(), Map.of(TOPIC_TITLES, "听取预算执行情况报告"));
    assertThat(runtimeService.getVariable(meeting.getId(), TOPICS_COLLECTED)).asString()
        .contains("【法制工作委员会】审议物业管理条例修订草案").contains("【财政经济委员会】听取预算执行情况报告");

    assertThat(task(meeting, Meeting.Steps.AGENDA).getDueDate()).isEqualTo(at("2026-11-13T17:30"));
    assertThat(taskService.getVariableLocal(task(meeting, Meeting.Steps.AGENDA).getId(), "listTitle"))
        .as("Tasklist's 标题 column").isEqualTo("省人大常委会第二十次会议");
    prepare(meeting);
    assertThat(meeting).isWaitingAt("Timer_MeetingStarts");
    assertThat(job(meeting, "Timer_MeetingStarts").getDuedate()).isEqualTo(at("2026-11-25T09:00"));

    EngineClock.set("2026-11-25T09:00");
    managementService.executeJob(job(meeting, "Timer_MeetingStarts").getId());
    assertThat(task(meeting, TAKE_MINUTES).getDueDate()).isEqualTo(at("2026-11-25T12:00"));
    complete(meeting, TAKE_MINUTES, Map.of("minutes", "会议审议了两项议题"));
    assertThat(task(meeting, WRITE_SUMMARY).getDueDate()).isEqualTo(at("2026-11-30T17:30"));
    complete(meeting, WRITE_SUMMARY, Map.of("summaryText", "纪要", DECIDED_ITEMS, items(
        item("修改物业管理条例草案", "dept-legal", "2026-12-04"),
        item("报送预算调整方案", "dept-finance", "2026-12-04"),
        item("开展执法检查调研", "dept-research", "2026-12-10"))));
    complete(meeting, APPROVE_SUMMARY, Map.of(SUMMARY_DECISION, "同意"));

    List<ProcessInstance> followUps = runtimeService.createProcessInstanceQuery().superProcessInstanceId(meeting.getId()).list();
    assertThat(followUps).hasSize(3);
    ProcessInstance law = followUpOf(followUps, "修改物业管理条例草案");
    ProcessInstance budget = followUpOf(followUps, "报送预算调整方案");
    ProcessInstance research = followUpOf(followUps, "开展执法检查调研");
    assertThat(candidateGroups(task(law, CARRY_OUT))).containsExactly("dept-legal");
    assertThat(task(law, CARRY_OUT).getDueDate()).isEqualTo(at("2026-12-04T17:30"));

    EngineClock.set("2026-12-02T10:00");
    carryOutAndConfirm(budget);
    carryOutAndConfirm(research);

    EngineClock.set("2026-12-04T17:31");
    managementService.executeJob(job(law, "Timer_CarryOutOverdue").getId());
    Incident overdue = runtimeService.createIncidentQuery().processInstanceId(law.getId()).singleResult();
    assertThat(overdue.getIncidentType()).isEqualTo("overdue");
    assertThat(overdue.getActivityId()).isEqualTo(CARRY_OUT);
    assertThat(candidateGroups(task(law, CARRY_OUT))).contains("supervisors");

    EngineClock.set("2026-12-08T10:00");
    carryOutAndConfirm(law);

    assertThat(meeting).isEnded().hasPassed("Task_CloseLoop", "End_Closed");
    Object record = historyService.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(CLOSING_RECORD).singleResult().getValue();
    assertThat(record).asString()
        .contains("修改物业管理条例草案｜法制工作委员会｜时限 2026-12-04｜逾期 2 个工作日落实")
        .contains("报送预算调整方案｜财政经济委员会｜时限 2026-12-04｜按时落实")
        .contains("开展执法检查调研｜研究室｜时限 2026-12-10｜按时落实");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(ITEMS_LATE).singleResult().getValue()).isEqualTo(1);
  }

  @Test
  void theSecretariatSendsAnItemBackUntilItIsReallyDone() {
    ProcessInstance item = runtimeService.startProcessInstanceByKey(Meeting.FOLLOW_UP_KEY, Map.of(
        ITEM, "完善信访答复", DEPARTMENT, "dept-legal", DEPARTMENT_NAME, "法制工作委员会", DEADLINE, "2026-11-20",
        MEETING_NAME, "主任会议"));
    complete(item, CARRY_OUT, Map.of(PROGRESS_REPORT, "已答复", CARRIED_OUT, true));
    complete(item, CONFIRM_DONE, Map.of(CONFIRM_RESULT, "退回重办", CONFIRM_COMMENT, "答复未附依据"));

    assertThat(item).isWaitingAt(CARRY_OUT);
    assertThat(runtimeService.getVariable(item.getId(), CONFIRM_COMMENT)).isEqualTo("答复未附依据");
    carryOutAndConfirm(item);
    assertThat(item).isEnded();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(item.getId())
        .activityId(CARRY_OUT).count()).isEqualTo(2);
  }

  @Test
  void aChairReturnedSummaryIsWrittenAgain() {
    ProcessInstance meeting = toSummary(register("专题会", "2026-11-10T14:30", "2026-11-10T17:00", List.of()));
    complete(meeting, WRITE_SUMMARY, Map.of("summaryText", "纪要初稿"));
    complete(meeting, APPROVE_SUMMARY, Map.of(SUMMARY_DECISION, "退回修改", SUMMARY_COMMENT, "补充议定事项"));
    assertThat(meeting).isWaitingAt(WRITE_SUMMARY);
    complete(meeting, WRITE_SUMMARY, Map.of("summaryText", "纪要"));
    complete(meeting, APPROVE_SUMMARY, Map.of(SUMMARY_DECISION, "同意"));
    assertThat(meeting).isEnded();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(CLOSING_RECORD).singleResult().getValue()).isEqualTo("本次会议无议定事项");
  }

  // ---------------------------------------------------------------- deadlines

  @Test
  void theNoticeIsDueSevenWorkingDaysBeforeAMeetingAfterNationalDay() {
    EngineClock.set("2026-09-01T10:00");
    ProcessInstance meeting = register("常委会会议", "2026-10-09T09:00", "2026-10-09T12:00", List.of());
    complete(meeting, Meeting.Steps.AGENDA, Map.of(Meeting.Vars.AGENDA, "议程", "agendaApproved", true));
    assertThat(task(meeting, NOTIFY).getDueDate()).isEqualTo(at("2026-09-22T17:30"));
    assertThat(job(meeting, "Timer_NotifyOverdue").getDuedate()).isEqualTo(at("2026-09-22T17:30"));
  }

  // ---------------------------------------------------------------- 改期 and 取消

  @Test
  void reschedulingBeforeTheNoticeMovesTheDeadlinesAndNeedsNoChangeNotice() {
    ProcessInstance meeting = register("常委会会议", "2026-11-25T09:00", "2026-11-25T12:00", List.of("dept-legal"));
    reschedule(meeting, "2026-12-02T09:00", "2026-12-02T12:00");

    assertThat(task(meeting, COLLECT_TOPICS).getDueDate()).isEqualTo(at("2026-11-18T17:30"));
    assertThat(job(meeting, "Timer_CollectTopicsOverdue").getDuedate()).isEqualTo(at("2026-11-18T17:30"));
    assertThat(tasks(meeting, NOTIFY_CHANGE)).isEmpty();
    assertThat(meeting).hasPassed("End_Rescheduled").isWaitingAt(COLLECT_TOPICS);
  }

  @Test
  void reschedulingAfterTheNoticeMovesTheMeetingAndAsksForAChangeNotice() {
    ProcessInstance meeting = register("专题会", "2026-11-25T09:00", "2026-11-25T12:00", List.of());
    prepare(meeting);
    assertThat(meeting).isWaitingAt("Timer_MeetingStarts");

    reschedule(meeting, "2026-11-27T14:30", "2026-11-27T17:00");

    assertThat(job(meeting, "Timer_MeetingStarts").getDuedate()).isEqualTo(at("2026-11-27T14:30"));
    Task changeNotice = task(meeting, NOTIFY_CHANGE);
    assertThat(candidateGroups(changeNotice)).containsExactly("clerks");
    complete(meeting, NOTIFY_CHANGE, Map.of("changeNoticeSentTo", "全体参会人员，电话及短信", "changeNoticeConfirmed", true));
    assertThat(meeting).hasPassed("End_ChangeNotified").isWaitingAt("Timer_MeetingStarts");
  }

  @Test
  void aRescheduleWithTheEndBeforeTheStartChangesNothing() {
    ProcessInstance meeting = register("专题会", "2026-11-25T09:00", "2026-11-25T12:00", List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reschedule(meeting, "2026-11-27T14:30", "2026-11-27T09:00"))
        .hasMessageContaining("结束时间应晚于开会时间");
    assertThat(runtimeService.getVariable(meeting.getId(), STARTS_AT)).isEqualTo(at("2026-11-25T09:00"));
  }

  @Test
  void cancellingEndsTheMeetingWithItsReasonAndClosesItsTasks() {
    ProcessInstance meeting = register("党组会", "2026-11-25T09:00", "2026-11-25T12:00", List.of("dept-legal"));
    runtimeService.createMessageCorrelation(Meeting.MESSAGE_CANCELLED).processInstanceId(meeting.getId())
        .setVariable(CANCEL_REASON, "会期调整，另行通知").correlate();

    assertThat(meeting).isEnded().hasPassed("End_Cancelled");
    assertThat(taskService.createTaskQuery().processInstanceId(meeting.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(CANCEL_REASON).singleResult().getValue()).isEqualTo("会期调整，另行通知");
  }

  // ---------------------------------------------------------------- 支部会

  @Test
  void theBranchMeetingOpensOnTheFirstWorkingDayOfEachMonthOnly() {
    EngineClock.set("2026-12-01T09:00");
    managementService.executeJob(monthlyTimer().getId());
    ProcessInstance opened = runtimeService.createProcessInstanceQuery().processDefinitionKey(Meeting.PROCESS_KEY)
        .activityIdIn(SCHEDULE_BRANCH).singleResult();
    assertThat(runtimeService.getVariable(opened.getId(), MEETING_NAME)).isEqualTo("2026年12月支部党员大会");
    assertThat(runtimeService.getVariable(opened.getId(), MEETING_TYPE)).isEqualTo("支部会");

    complete(opened, SCHEDULE_BRANCH, Map.of(MEETING_NAME, "2026年12月支部党员大会", MEETING_TYPE, "支部会",
        STARTS_AT, "2026-12-10T15:00", ENDS_AT, "2026-12-10T17:00", VENUE, "机关三楼会议室", CHAIR, "支部书记",
        ATTENDEE_SCOPE, "全体党员", EXPECTED_COUNT, 12));
    assertThat(opened).isWaitingAt(Meeting.Steps.AGENDA);

    long meetings = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Meeting.PROCESS_KEY).count();
    EngineClock.set("2026-12-02T09:00");
    managementService.executeJob(monthlyTimer().getId());
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("End_NotFirstWorkingDay").count())
        .isPositive();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Meeting.PROCESS_KEY).count())
        .as("no second branch meeting in the same month").isEqualTo(meetings);
  }

  // ---------------------------------------------------------------- 催办 and 督办 everywhere

  @Test
  void everyStepIsRemindedAndEscalated() {
    EngineClock.set("2026-12-01T09:00");
    managementService.executeJob(monthlyTimer().getId());
    ProcessInstance meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey(Meeting.PROCESS_KEY)
        .activityIdIn(SCHEDULE_BRANCH).singleResult();
    fire(meeting, "ScheduleBranch");
    complete(meeting, SCHEDULE_BRANCH, Map.of(MEETING_NAME, "支部会", MEETING_TYPE, "支部会", STARTS_AT, "2026-12-30T15:00",
        ENDS_AT, "2026-12-30T17:00", VENUE, "会议室", CHAIR, "书记", ATTENDEE_SCOPE, "全体党员", EXPECTED_COUNT, 10,
        TOPIC_DEPARTMENTS, SpinValues.jsonValue("[\"dept-research\"]").create()));
    fire(meeting, "CollectTopics");
    complete(meeting, COLLECT_TOPICS, Map.of(TOPIC_TITLES, "学习贯彻"));
    fire(meeting, "Agenda");
    complete(meeting, Meeting.Steps.AGENDA, Map.of(Meeting.Vars.AGENDA, "议程", "agendaApproved", true));
    fire(meeting, "Notify");
    complete(meeting, NOTIFY, Map.of("noticeSentTo", "全体党员", "noticeConfirmed", true));
    reschedule(meeting, "2026-12-31T15:00", "2026-12-31T17:00");
    fire(meeting, "NotifyChange");
    complete(meeting, NOTIFY_CHANGE, Map.of("changeNoticeSentTo", "全体党员", "changeNoticeConfirmed", true));
    for (String[] step : new String[][] {{CONFIRM_ATTENDANCE, "ConfirmAttendance"}, {PRINT_MATERIALS, "PrintMaterials"},
        {PREPARE_VENUE, "PrepareVenue"}}) {
      fire(meeting, step[1]);
    }
    prepareRemaining(meeting);
    managementService.executeJob(job(meeting, "Timer_MeetingStarts").getId());
    fire(meeting, "TakeMinutes");
    complete(meeting, TAKE_MINUTES, Map.of("minutes", "记录"));
    fire(meeting, "WriteSummary");
    complete(meeting, WRITE_SUMMARY, Map.of("summaryText", "纪要", DECIDED_ITEMS, items(item("整改", "dept-research", "2027-01-15"))));
    fire(meeting, "ApproveSummary");
    complete(meeting, APPROVE_SUMMARY, Map.of(SUMMARY_DECISION, "同意"));
    ProcessInstance item = runtimeService.createProcessInstanceQuery().superProcessInstanceId(meeting.getId()).singleResult();
    fire(item, "CarryOut");
    complete(item, CARRY_OUT, Map.of(PROGRESS_REPORT, "已整改", CARRIED_OUT, true));
    fire(item, "ConfirmDone");
    complete(item, CONFIRM_DONE, Map.of(CONFIRM_RESULT, "已落实"));
    assertThat(meeting).isEnded().hasPassed("End_ScheduleBranchEscalated", "End_ApproveSummaryReminded");
    assertThat(item).hasPassed("End_CarryOutEscalated", "End_ConfirmDoneReminded");
  }

  // ---------------------------------------------------------------- given/when helpers

  ProcessInstance register(String type, String startsAt, String endsAt, List<String> departments) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MEETING_NAME, "省人大常委会第二十次会议");
    variables.put(MEETING_TYPE, type);
    variables.put(STARTS_AT, startsAt);
    variables.put(ENDS_AT, endsAt);
    variables.put(VENUE, "省人大常委会会议厅");
    variables.put(CHAIR, "常委会主任");
    variables.put(ATTENDEE_SCOPE, "常委会组成人员，列席人员");
    variables.put(EXPECTED_COUNT, 80);
    variables.put(TOPIC_DEPARTMENTS, String.join(",", departments));
    return runtimeService.startProcessInstanceByKey(Meeting.PROCESS_KEY, variables);
  }

  /** 审定议程, then the parallel preparations, until the meeting-start timer waits. */
  void prepare(ProcessInstance meeting) {
    complete(meeting, Meeting.Steps.AGENDA, Map.of(Meeting.Vars.AGENDA, "一、审议…… 二、听取……", "agendaApproved", true));
    complete(meeting, NOTIFY, Map.of("noticeSentTo", "常委会组成人员，机要交换", "noticeConfirmed", true));
    prepareRemaining(meeting);
  }

  void prepareRemaining(ProcessInstance meeting) {
    complete(meeting, CONFIRM_ATTENDANCE, Map.of("confirmedCount", 76, "absentees", "张某某：出差"));
    complete(meeting, PRINT_MATERIALS, Map.of("materialsCopies", 90, "materialsConfirmed", true));
    complete(meeting, PREPARE_VENUE, Map.of("venueChecklist",
        SpinValues.jsonValue("[\"seating\",\"nameCards\",\"sound\",\"materials\"]").create()));
  }

  ProcessInstance toSummary(ProcessInstance meeting) {
    prepare(meeting);
    EngineClock.set("2026-11-10T14:30");
    managementService.executeJob(job(meeting, "Timer_MeetingStarts").getId());
    complete(meeting, TAKE_MINUTES, Map.of("minutes", "记录"));
    return meeting;
  }

  void reschedule(ProcessInstance meeting, String startsAt, String endsAt) {
    runtimeService.createMessageCorrelation(Meeting.MESSAGE_RESCHEDULED).processInstanceId(meeting.getId())
        .setVariable(STARTS_AT, startsAt).setVariable(ENDS_AT, endsAt).correlate();
  }

  void carryOutAndConfirm(ProcessInstance item) {
    complete(item, CARRY_OUT, Map.of(PROGRESS_REPORT, "已按纪要要求办理", CARRIED_OUT, true));
    complete(item, CONFIRM_DONE, Map.of(CONFIRM_RESULT, "已落实"));
  }

  ProcessInstance followUpOf(List<ProcessInstance> followUps, String what) {
    return followUps.stream().filter(p -> what.equals(runtimeService.getVariable(p.getId(), ITEM))).findFirst().orElseThrow();
  }

  static Map<String, String> item(String what, String department, String deadline) {
    return Map.of("item", what, "department", department, "deadline", deadline);
  }

  @SafeVarargs
  static Object items(Map<String, String>... items) {
    StringBuilder json = new StringBuilder("[");
    for (Map<String, String> i : items) {
      json.append(json.length() > 1 ? "," : "").append(String.format("{\"item\":\"%s\",\"department\":\"%s\",\"deadline\":\"%s\"}",
          i.get("item"), i.get("department"), i.get("deadline")));
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  void fire(ProcessInstance instance, String camel) {
    managementService.executeJob(job(instance, "Timer_" + camel + "Reminder").getId());
    managementService.executeJob(job(instance, "Timer_" + camel + "Overdue").getId());
  }

  Job monthlyTimer() {
    return managementService.createJobQuery().processDefinitionKey("monthly-branch-meeting").activityId("StartEvent_Monthly")
        .singleResult();
  }

  void complete(ProcessInstance instance, String step, Map<String, Object> answers) {
    taskService.complete(task(instance, step).getId(), answers);
  }

  Task task(ProcessInstance instance, String step) {
    List<Task> open = tasks(instance, step);
    return open.isEmpty() ? null : open.get(0);
  }

  List<Task> tasks(ProcessInstance instance, String step) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step)
        .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }
}
