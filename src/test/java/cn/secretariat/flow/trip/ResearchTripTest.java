package cn.secretariat.flow.trip;

import static cn.secretariat.flow.support.EngineClock.at;
import static cn.secretariat.flow.trip.ResearchTrip.Steps.*;
import static cn.secretariat.flow.trip.ResearchTrip.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 调研保障 ({@code research-trip}): both modes end to end, rejection and return at each approval level, the
 * letter without reply, postponement and cancellation, late reports, and every step's 催办 / 督办.
 */
@ProcessTest
class ResearchTripTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.set("2026-11-02T10:00");
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    EngineClock.reset();
  }

  @Test
  void anInProvinceTripIsApprovedByChiefAndSecretaryGeneralAndRunsToItsReport() {
    ProcessInstance trip = request("省内", "2026-11-23", "2026-11-25");
    assertThat(candidateGroups(task(trip, REQUEST_APPROVAL))).containsExactly("chiefs");
    approve(trip, "同意", null);
    assertThat(candidateGroups(task(trip, REQUEST_APPROVAL))).containsExactly("leaders");
    approve(trip, "同意", "同意赴宝鸡调研");
    complete(trip, COORDINATE_LOCAL, Map.of("coordinatedWith", "宝鸡市人大常委会办公室 王主任", "coordinationConfirmed", true));

    assertThat(task(trip, PLAN).getDueDate()).isEqualTo(at("2026-11-16T17:30"));
    planAndNotify(trip);
    assertThat(job(trip, "Timer_Departure").getDuedate()).isEqualTo(at("2026-11-23T08:00"));

    EngineClock.set("2026-11-23T08:00");
    managementService.executeJob(job(trip, "Timer_Departure").getId());
    assertThat(task(trip, ON_SITE).getDueDate()).isEqualTo(at("2026-11-25T17:30"));
    complete(trip, ON_SITE, Map.of("onSiteLog", "按程序表完成三场座谈"));
    assertThat(task(trip, REPORT).getDueDate()).isEqualTo(at("2026-12-02T17:30"));
    complete(trip, REPORT, Map.of("reportText", "调研报告"));
    complete(trip, APPROVE_REPORT, Map.of(REPORT_DECISION, "通过"));

    assertThat(trip).isEnded().hasPassed("End_Done").hasNotPassed(FILE_REPORT, SEND_LETTER, RECORD_REPLY);
    assertThat(historyValue(trip, APPROVAL_LOG)).asString().contains("【秘书处处长】同意").contains("【秘书长及领导】同意：同意赴宝鸡调研");
  }

  @Test
  void anOutOfProvinceTripAlsoNeedsTheLeaderInChargeTheFilingAndTheHostsReply() {
    ProcessInstance trip = request("省外", "2026-11-30", "2026-12-03");
    approve(trip, "同意", null);
    approve(trip, "同意", null);
    assertThat(candidateGroups(task(trip, REQUEST_APPROVAL))).containsExactly("sc-leaders");
    approve(trip, "同意", null);
    complete(trip, FILE_REPORT, Map.of("filedTo", "省委办公厅", "filedOn", "2026-11-03"));
    complete(trip, SEND_LETTER, Map.of("letterNumber", "陕人办函〔2026〕15号", "letterSentTo", "浙江省人大常委会办公厅"));
    assertThat(task(trip, RECORD_REPLY).getDueDate()).isEqualTo(at("2026-11-09T17:30"));
    complete(trip, RECORD_REPLY, Map.of("replyReceived", true, "replySummary", "同意接待"));
    planAndNotify(trip);
    EngineClock.set("2026-11-30T08:00");
    managementService.executeJob(job(trip, "Timer_Departure").getId());
    complete(trip, ON_SITE, Map.of("onSiteLog", "服务保障记录", "tripIncidents", "航班延误两小时，已调整日程"));
    complete(trip, REPORT, Map.of("reportText", "初稿"));
    complete(trip, APPROVE_REPORT, Map.of(REPORT_DECISION, "退回修改", REPORT_COMMENT, "补充对策建议"));
    assertThat(trip).isWaitingAt(REPORT);
    complete(trip, REPORT, Map.of("reportText", "修改稿"));
    complete(trip, APPROVE_REPORT, Map.of(REPORT_DECISION, "通过"));
    assertThat(trip).isEnded().hasPassed(FILE_REPORT, SEND_LETTER, RECORD_REPLY).hasNotPassed(COORDINATE_LOCAL);
  }

  @Test
  void aRejectionAtTheChiefEndsTheTripWithItsReason() {
    assertRejectedAtLevel(0, "秘书处处长");
  }

  @Test
  void aRejectionAtTheSecretaryGeneralEndsTheTripWithItsReason() {
    assertRejectedAtLevel(1, "秘书长及领导");
  }

  @Test
  void aRejectionAtTheLeaderInChargeEndsTheTripWithItsReason() {
    assertRejectedAtLevel(2, "常委会分管领导");
  }

  @Test
  void aReturnGoesBackToTheRequesterAndApprovalStartsAgain() {
    identityService.setAuthentication("clerk1", List.of("clerks"));
    ProcessInstance trip = request("省外", "2026-11-30", "2026-12-03");
    identityService.clearAuthentication();
    approve(trip, "同意", null);
    approve(trip, "退回修改", "请压缩随行人员");
    assertThat(trip).isWaitingAt(REVISE_REQUEST);
    assertThat(task(trip, REVISE_REQUEST).getAssignee()).isEqualTo("clerk1");
    complete(trip, REVISE_REQUEST, requestVariables("省外", "2026-11-30", "2026-12-03"));
    assertThat(candidateGroups(task(trip, REQUEST_APPROVAL))).containsExactly("chiefs");
    assertThat(runtimeService.getVariable(trip.getId(), APPROVAL_LOG)).asString().contains("退回修改：请压缩随行人员");
  }

  @Test
  void aLetterWithoutReplyIsRemindedAndEscalated() {
    ProcessInstance trip = approvedOutOfProvince();
    complete(trip, FILE_REPORT, Map.of("filedTo", "省委办公厅", "filedOn", "2026-11-03"));
    complete(trip, SEND_LETTER, Map.of("letterNumber", "陕人办函〔2026〕16号", "letterSentTo", "四川省人大常委会办公厅"));
    EngineClock.set("2026-11-09T17:31");
    managementService.executeJob(job(trip, "Timer_RecordReplyReminder").getId());
    managementService.executeJob(job(trip, "Timer_RecordReplyOverdue").getId());
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(trip.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(RECORD_REPLY);
    assertThat(candidateGroups(task(trip, RECORD_REPLY))).contains("supervisors");
  }

  @Test
  void aPostponementMovesEveryDepartureDrivenDeadline() {
    ProcessInstance trip = request("省内", "2026-11-23", "2026-11-25");
    approve(trip, "同意", null);
    approve(trip, "同意", null);
    complete(trip, COORDINATE_LOCAL, Map.of("coordinatedWith", "市人大", "coordinationConfirmed", true));
    postpone(trip, "2026-11-30", "2026-12-02");
    assertThat(task(trip, PLAN).getDueDate()).isEqualTo(at("2026-11-23T17:30"));
    assertThat(job(trip, "Timer_PlanOverdue").getDuedate()).isEqualTo(at("2026-11-23T17:30"));

    planAndNotify(trip);
    postpone(trip, "2026-12-07", "2026-12-08");
    assertThat(job(trip, "Timer_Departure").getDuedate()).isEqualTo(at("2026-12-07T08:00"));
    assertThat(trip).hasPassed("End_Postponed");
  }

  @Test
  void aCancellationEndsTheTripAndItsTasksButNotAfterDeparture() {
    ProcessInstance trip = request("省内", "2026-11-23", "2026-11-25");
    runtimeService.createMessageCorrelation(ResearchTrip.MESSAGE_CANCELLED).processInstanceId(trip.getId())
        .setVariable(CANCEL_REASON, "领导另有公务").correlate();
    assertThat(trip).isEnded().hasPassed("End_TripCancelled");
    assertThat(taskService.createTaskQuery().processInstanceId(trip.getId()).count()).isZero();

    ProcessInstance gone = departed();
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ResearchTrip.MESSAGE_CANCELLED)
        .processInstanceId(gone.getId()).setVariable(CANCEL_REASON, "晚了").correlate())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("调研已出发");
    assertThat(gone).isWaitingAt(ON_SITE);
  }

  @Test
  void aLateReportIsEscalated() {
    ProcessInstance trip = departed();
    complete(trip, ON_SITE, Map.of("onSiteLog", "记录"));
    EngineClock.set("2026-12-02T17:31");
    managementService.executeJob(job(trip, "Timer_ReportOverdue").getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(trip.getId()).singleResult().getActivityId())
        .isEqualTo(REPORT);
  }

  @Test
  void aPlanChangedAfterApprovalGoesBackToApproval() {
    ProcessInstance trip = request("省内", "2026-11-23", "2026-11-25");
    approve(trip, "同意", null);
    approve(trip, "同意", null);
    complete(trip, COORDINATE_LOCAL, Map.of("coordinatedWith", "市人大", "coordinationConfirmed", true));
    complete(trip, PLAN, Map.of("programme", "程序表", "reminders", "注意事项"));
    complete(trip, APPROVE_PLAN, Map.of(PLAN_DECISION, "修改", PLAN_COMMENT, "增加一站"));
    assertThat(trip).isWaitingAt(PLAN);
    complete(trip, PLAN, Map.of("programme", "程序表（增一站）", "reminders", "注意事项"));
    complete(trip, APPROVE_PLAN, Map.of(PLAN_DECISION, "批准"));
    complete(trip, SEND_NOTICES, Map.of("noticesSentTo", "参加人员", "noticesConfirmed", true, PLAN_CHANGED, true));
    assertThat(trip).isWaitingAt(PLAN);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(trip.getId())
        .activityId(APPROVE_PLAN).count()).isEqualTo(2);
  }

  @Test
  void everyStepIsRemindedAndEscalated() {
    identityService.setAuthentication("clerk1", List.of("clerks"));
    ProcessInstance trip = request("省外", "2026-11-30", "2026-12-03");
    identityService.clearAuthentication();
    fire(trip, "RequestApproval");
    approve(trip, "退回修改", "补充经费明细");
    fire(trip, "ReviseRequest");
    complete(trip, REVISE_REQUEST, requestVariables("省外", "2026-11-30", "2026-12-03"));
    for (int i = 0; i < 3; i++) {
      approve(trip, "同意", null);
    }
    fire(trip, "FileReport");
    complete(trip, FILE_REPORT, Map.of("filedTo", "省委办公厅", "filedOn", "2026-11-03"));
    fire(trip, "SendLetter");
    complete(trip, SEND_LETTER, Map.of("letterNumber", "陕人办函〔2026〕17号", "letterSentTo", "广东省人大常委会办公厅"));
    fire(trip, "RecordReply");
    complete(trip, RECORD_REPLY, Map.of("replyReceived", true, "replySummary", "同意"));
    fire(trip, "Plan");
    complete(trip, PLAN, Map.of("programme", "程序表", "reminders", "注意事项"));
    fire(trip, "ApprovePlan");
    complete(trip, APPROVE_PLAN, Map.of(PLAN_DECISION, "批准"));
    fire(trip, "SendNotices");
    complete(trip, SEND_NOTICES, Map.of("noticesSentTo", "参加人员", "noticesConfirmed", true));
    managementService.executeJob(job(trip, "Timer_Departure").getId());
    fire(trip, "OnSite");
    complete(trip, ON_SITE, Map.of("onSiteLog", "记录"));
    fire(trip, "Report");
    complete(trip, REPORT, Map.of("reportText", "报告"));
    fire(trip, "ApproveReport");
    complete(trip, APPROVE_REPORT, Map.of(REPORT_DECISION, "通过"));
    ProcessInstance inProvince = request("省内", "2026-11-30", "2026-12-01");
    approve(inProvince, "同意", null);
    approve(inProvince, "同意", null);
    fire(inProvince, "CoordinateLocal");
    assertThat(trip).isEnded().hasPassed("End_ReviseRequestEscalated", "End_ApproveReportReminded");
  }

  // ---------------------------------------------------------------- helpers

  void assertRejectedAtLevel(int level, String levelName) {
    ProcessInstance trip = request("省外", "2026-11-30", "2026-12-03");
    for (int i = 0; i < level; i++) {
      approve(trip, "同意", null);
    }
    approve(trip, "不同意", "与其他安排冲突");
    assertThat(trip).isEnded().hasPassed("End_Rejected");
    assertThat(historyValue(trip, REJECTION_REASON)).isEqualTo(levelName + "不同意：与其他安排冲突");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(trip.getId())
        .taskDefinitionKey(REQUEST_APPROVAL).count()).isEqualTo(level + 1);
  }

  static Map<String, Object> requestVariables(String scope, String departsOn, String returnsOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOPIC, "优化营商环境立法调研");
    variables.put(LEAD_BY, "常委会副主任");
    variables.put(SCOPE, scope);
    variables.put(DESTINATIONS, "宝鸡市、汉中市");
    variables.put(DEPARTS_ON, departsOn);
    variables.put(RETURNS_ON, returnsOn);
    variables.put(PARTICIPANTS, "财经委委员3人");
    variables.put(STAFF, "秘书处2人");
    variables.put(BUDGET, 12000);
    return variables;
  }

  ProcessInstance request(String scope, String departsOn, String returnsOn) {
    return runtimeService.startProcessInstanceByKey(ResearchTrip.PROCESS_KEY, requestVariables(scope, departsOn, returnsOn));
  }

  ProcessInstance approvedOutOfProvince() {
    ProcessInstance trip = request("省外", "2026-11-30", "2026-12-03");
    for (int i = 0; i < 3; i++) {
      approve(trip, "同意", null);
    }
    return trip;
  }

  ProcessInstance departed() {
    ProcessInstance trip = request("省内", "2026-11-23", "2026-11-25");
    approve(trip, "同意", null);
    approve(trip, "同意", null);
    complete(trip, COORDINATE_LOCAL, Map.of("coordinatedWith", "市人大", "coordinationConfirmed", true));
    planAndNotify(trip);
    EngineClock.set("2026-11-23T08:00");
    managementService.executeJob(job(trip, "Timer_Departure").getId());
    return trip;
  }

  void planAndNotify(ProcessInstance trip) {
    complete(trip, PLAN, Map.of("programme", "9:00 座谈会 市人大机关", "reminders", "注意保密，统一着装"));
    complete(trip, APPROVE_PLAN, Map.of(PLAN_DECISION, "批准"));
    complete(trip, SEND_NOTICES, Map.of("noticesSentTo", "参加人员、接待单位", "noticesConfirmed", true));
  }

  void approve(ProcessInstance trip, String decision, String comment) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(APPROVAL_DECISION, decision);
    if (comment != null) {
      answers.put(APPROVAL_COMMENT, comment);
    }
    complete(trip, REQUEST_APPROVAL, answers);
  }

  void postpone(ProcessInstance trip, String departsOn, String returnsOn) {
    runtimeService.createMessageCorrelation(ResearchTrip.MESSAGE_RESCHEDULED).processInstanceId(trip.getId())
        .setVariable(DEPARTS_ON, departsOn).setVariable(RETURNS_ON, returnsOn).correlate();
  }

  Object historyValue(ProcessInstance trip, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(trip.getId()).variableName(name)
        .singleResult().getValue();
  }

  void fire(ProcessInstance trip, String camel) {
    managementService.executeJob(job(trip, "Timer_" + camel + "Reminder").getId());
    managementService.executeJob(job(trip, "Timer_" + camel + "Overdue").getId());
  }

  void complete(ProcessInstance trip, String step, Map<String, Object> answers) {
    taskService.complete(task(trip, step).getId(), answers);
  }

  Task task(ProcessInstance trip, String step) {
    return taskService.createTaskQuery().processInstanceId(trip.getId()).taskDefinitionKey(step).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  Job job(ProcessInstance trip, String activityId) {
    return managementService.createJobQuery().processInstanceId(trip.getId()).activityId(activityId).singleResult();
  }
}
