package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Steps.*;
import static cn.secretariat.flow.duty.DutyCall.Vars.*;
import static cn.secretariat.flow.support.EngineClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.escalation.Escalation;
import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 值班来电来文 ({@code duty-call}) and 交接班 ({@code duty-handover}): routing on an ordinary working day and on a
 * holiday to the rostered officer and leader, the duty day changing at 08:30, 紧急 and 重大 reaching the leader at
 * once, missed time limits in natural minutes escalating to the leader, handling by the leader, refused
 * registrations over REST, and the handover listing the open matters.
 */
@ProcessTest
class DutyCallTest {

  static final String START = "/engine-rest/process-definition/key/duty-call/start";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired DutyRoster roster;
  @Autowired DutyDays days;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc.update("DELETE FROM sf_duty_roster");
    // an ordinary Monday and the National Day holiday (2026-10-01..07)
    rostered("2026-11-16", "duty2", "chief");
    rostered("2026-10-02", "duty", "leader");
    rostered("2026-10-03", "duty2", "chief");
    rostered("2026-10-04", "duty", "leader");
  }

  @AfterEach
  void tearDown() {
    EngineClock.reset();
    runtimeService.createProcessInstanceQuery().list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over", true, true));
  }

  @Test
  void anOrdinaryCallOnAWorkingDayGoesToTheRosteredOfficerAndRunsToTheReply() {
    EngineClock.set("2026-11-16T11:00");
    ProcessInstance call = register("一般");

    assertThat(call).hasPassed("Task_ResolveDuty").hasNotPassed("Task_ReportToLeader").isWaitingAt(FORWARD);
    Task forward = task(call, FORWARD);
    assertThat(forward.getAssignee()).isEqualTo("duty2");
    assertThat(candidateGroups(forward)).containsExactly("duty");
    assertThat(candidateUsers(forward)).isEmpty();
    assertThat(variable(call, DUTY_TRACK)).isEqualTo("日常值班");
    assertThat(variable(call, DUTY_DATE)).isEqualTo("2026-11-16");
    // natural time: two hours later, through the lunch break (office time would give 14:30)
    assertThat(forward.getDueDate()).isEqualTo(at("2026-11-16T13:00"));
    assertThat(forward.getFollowUpDate()).isEqualTo(at("2026-11-16T12:30"));
    assertThat(job(call, "Timer_ForwardOverdue").getDuedate()).isEqualTo(at("2026-11-16T13:00"));

    EngineClock.set("2026-11-16T11:10");
    complete(call, FORWARD, Map.of(HANDLER_ROLE, "值班员办理", FORWARD_NOTE, "已电话报告办公室"));
    Task handle = task(call, HANDLE);
    assertThat(handle.getAssignee()).isEqualTo("duty2");
    assertThat(handle.getDueDate()).isEqualTo(at("2026-11-17T11:10"));
    EngineClock.set("2026-11-16T15:00");
    complete(call, HANDLE, Map.of(HANDLING_RESULT, "已转交法工委处理"));
    assertThat(task(call, REPLY).getDueDate()).isEqualTo(at("2026-11-16T19:00"));
    complete(call, REPLY, Map.of(REPLY_TEXT, "已电话告知来电人办理结果"));

    assertThat(call).isEnded().hasPassed("End_Replied");
    assertThat(historyValue(call, REPLY_TEXT)).isEqualTo("已电话告知来电人办理结果");
  }

  @Test
  void anUrgentCallAtNightOnAHolidayGoesToTheOfficerAndLeaderOfThatNightsDuty() {
    // 02:00 on 2026-10-03 is still the duty of 2026-10-02: the day changes at 08:30
    EngineClock.set("2026-10-03T02:00");
    ProcessInstance call = register("紧急");

    assertThat(call).hasPassed("Task_ReportToLeader").isWaitingAt(FORWARD);
    assertThat(variable(call, DUTY_DATE)).isEqualTo("2026-10-02");
    assertThat(variable(call, DUTY_TRACK)).isEqualTo("节假日值守");
    assertThat(variable(call, HOLIDAY_NAME)).isEqualTo("国庆节");
    Task forward = task(call, FORWARD);
    assertThat(forward.getAssignee()).isEqualTo("duty");
    assertThat(candidateUsers(forward)).containsExactly("leader");
    assertThat(forward.getDueDate()).isEqualTo(at("2026-10-03T02:15"));
    assertThat(forward.getPriority()).isEqualTo(75);
  }

  @Test
  void aCallOnAHolidayMorningGoesToThatDaysRoster() {
    EngineClock.set("2026-10-03T10:00");
    ProcessInstance call = register("一般");

    assertThat(variable(call, DUTY_DATE)).isEqualTo("2026-10-03");
    assertThat(task(call, FORWARD).getAssignee()).isEqualTo("duty2");
    assertThat(variable(call, LEADER_IN_CHARGE)).isEqualTo("chief");
    assertThat(candidateUsers(task(call, FORWARD))).as("一般: the leader is not troubled at once").isEmpty();
  }

  @Test
  void aCriticalMatterReachesTheLeaderAtOnceAndAMissedForwardEscalatesAfterFiveMinutes() {
    EngineClock.set("2026-10-03T10:00");
    ProcessInstance call = register("重大");
    Task forward = task(call, FORWARD);
    assertThat(candidateUsers(forward)).containsExactly("chief");
    assertThat(forward.getDueDate()).isEqualTo(at("2026-10-03T10:05"));
    assertThat(job(call, "Timer_ForwardReminder").getDuedate()).isEqualTo(at("2026-10-03T10:03:45"));

    EngineClock.set("2026-10-03T10:05");
    managementService.executeJob(job(call, "Timer_ForwardOverdue").getId());

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(call.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Escalation.INCIDENT_OVERDUE);
    assertThat(incident.getActivityId()).isEqualTo(FORWARD);
    assertThat(candidateUsers(forward)).containsExactly("chief");
    assertThat(candidateGroups(forward)).contains("supervisors");
    assertThat(comments(forward)).anyMatch(c -> c.contains("已报带班领导张伟"));
    assertThat(taskService.getVariableLocal(forward.getId(), DutyEscalateDelegate.LEADER_ESCALATED_AT)).isNotNull();
  }

  @Test
  void aMissedUrgentForwardEscalatesAfterFifteenMinutesOfNaturalTime() {
    // Saturday evening: no office hours, yet 15 minutes are 15 minutes
    rostered("2026-11-21", "duty", null);
    EngineClock.set("2026-11-21T19:00");
    ProcessInstance call = register("紧急");
    assertThat(variable(call, DUTY_TRACK)).isEqualTo("日常值班");
    assertThat(job(call, "Timer_ForwardOverdue").getDuedate()).isEqualTo(at("2026-11-21T19:15"));
    // no leader rostered on the weekend: the leaders' group stands in
    assertThat(candidateGroups(task(call, FORWARD))).containsExactly("duty", "leaders");

    EngineClock.set("2026-11-21T19:15");
    managementService.executeJob(job(call, "Timer_ForwardOverdue").getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(call.getId()).count()).isEqualTo(1);
    assertThat(comments(task(call, FORWARD))).anyMatch(c -> c.contains("已报带班领导领导组"));
  }

  @Test
  void aMissedOrdinaryForwardBringsTheLeaderInChargeInAsCandidate() {
    EngineClock.set("2026-11-16T11:00");
    ProcessInstance call = register("一般");
    Task forward = task(call, FORWARD);
    assertThat(candidateUsers(forward)).isEmpty();

    EngineClock.set("2026-11-16T13:00");
    managementService.executeJob(job(call, "Timer_ForwardOverdue").getId());

    assertThat(candidateUsers(forward)).containsExactly("chief");
    assertThat(taskService.createTaskQuery().taskCandidateUser("chief").includeAssignedTasks()
        .processInstanceId(call.getId()).count())
        .isEqualTo(1);
  }

  @Test
  void theLeaderInChargeHandlesAMatterForwardedToHim() {
    EngineClock.set("2026-10-03T02:00");
    ProcessInstance call = register("重大");
    complete(call, FORWARD, Map.of(HANDLER_ROLE, "带班领导办理", FORWARD_NOTE, "02:03 已电话报告刘秘书长"));

    Task handle = task(call, HANDLE);
    assertThat(handle.getAssignee()).isEqualTo("leader");
    assertThat(variable(call, HANDLER_NAME)).isEqualTo("刘建国");
    assertThat(handle.getDueDate()).isEqualTo(at("2026-10-03T03:00"));
  }

  @Test
  void withoutARosterTheWholeDutyGroupAndTheLeadersAreCandidates() {
    EngineClock.set("2026-12-01T10:00");
    ProcessInstance call = register("重大");
    Task forward = task(call, FORWARD);
    assertThat(forward.getAssignee()).isNull();
    assertThat(candidateGroups(forward)).containsExactly("duty", "leaders");
    complete(call, FORWARD, Map.of(HANDLER_ROLE, "带班领导办理", FORWARD_NOTE, "已报领导组"));
    assertThat(candidateGroups(task(call, HANDLE))).containsExactly("duty", "leaders");
  }

  @Test
  void everyStepIsRemindedAndEscalated() {
    EngineClock.set("2026-11-16T11:00");
    ProcessInstance call = register("一般");
    fire(call, "Forward");
    complete(call, FORWARD, Map.of(HANDLER_ROLE, "值班员办理", FORWARD_NOTE, "转办"));
    fire(call, "HandleCall");
    complete(call, HANDLE, Map.of(HANDLING_RESULT, "已办"));
    fire(call, "Reply");
    // completing a task resolves its own 督办 incident: one open, three in history
    assertThat(runtimeService.createIncidentQuery().processInstanceId(call.getId()).count()).isEqualTo(1);
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(call.getId()).count()).isEqualTo(3);
    complete(call, REPLY, Map.of(REPLY_TEXT, "已答复"));
    assertThat(call).isEnded().hasPassed("End_ForwardEscalated", "End_HandleCallReminded", "End_ReplyEscalated");
  }

  @Test
  void aCompletionWithoutTheRequiredAnswerIsRefused() {
    EngineClock.set("2026-11-16T11:00");
    ProcessInstance call = register("一般");
    assertThatThrownBy(() -> complete(call, FORWARD, Map.of(HANDLER_ROLE, "秘书办理")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("请填写：转报情况")
        .hasMessageContaining("由谁办理只能是值班员办理、带班领导办理之一（收到：秘书办理）");
    assertThat(call).isWaitingAt(FORWARD);
  }

  // ------------------------------------------------------------ registration over REST

  @Test
  void aBadRegistrationIsRefusedWithHttp400AndStartsNothing() {
    EngineClock.set("2026-11-16T11:00");
    long before = restCount();
    Map<String, Object> variables = restRegistration("特急");
    variables.remove(CALLER);
    variables.put(PHONE, typed("请回电", "String"));

    ResponseEntity<Map> response = rest.withBasicAuth("duty", "test-only")
        .postForEntity(START, Map.of("variables", variables), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("请填写：来电人/来文人")
        .contains("紧急程度只能是一般、紧急、重大之一（收到：特急）")
        .contains("联系电话只能含数字");
    assertThat(restCount()).isEqualTo(before);
  }

  @Test
  void theDutyOfficerRegistersOverRestAndOthersMayNot() {
    EngineClock.set("2026-11-16T11:00");
    ResponseEntity<Map> response = rest.withBasicAuth("duty", "test-only")
        .postForEntity(START, Map.of("variables", restRegistration("紧急")), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) response.getBody().get("id");
    assertThat(restVariable(id, REGISTRAR)).isEqualTo("duty");
    assertThat(restVariable(id, TITLE)).isEqualTo("来电：省应急管理厅（某县突发暴雨，请求协调）");
    assertThat(restVariable(id, LEADER_REPORTED_AT)).as("紧急: reported to the leader at once").isNotNull();

    ResponseEntity<Map> clerk = rest.withBasicAuth("clerk1", "test-only")
        .postForEntity(START, Map.of("variables", restRegistration("一般")), Map.class);
    assertThat(clerk.getStatusCode().is4xxClientError()).isTrue();
  }

  /*
   * Read back over REST, as administrator: with several cached application contexts in one test JVM, the REST API
   * serves whichever engine registered last under the name "default", not necessarily this class's.
   */
  long restCount() {
    return ((Number) rest.withBasicAuth("admin", "test-only").getForObject(
        "/engine-rest/history/process-instance/count?processDefinitionKey=" + DutyCall.PROCESS_KEY, Map.class)
        .get("count")).longValue();
  }

  Object restVariable(String instanceId, String name) {
    ResponseEntity<Map> variable = rest.withBasicAuth("admin", "test-only")
        .getForEntity("/engine-rest/process-instance/" + instanceId + "/variables/" + name, Map.class);
    return variable.getStatusCode().is2xxSuccessful() ? variable.getBody().get("value") : null;
  }

  // ------------------------------------------------------------ 交接班

  @Test
  void theHandoverListsTheOpenMattersForTheIncomingOfficer() {
    EngineClock.set("2026-10-03T22:00");
    ProcessInstance waiting = register("紧急");
    ProcessInstance handling = register("一般");
    complete(handling, FORWARD, Map.of(HANDLER_ROLE, "带班领导办理", FORWARD_NOTE, "报秘书长"));
    ProcessInstance done = register("一般");
    complete(done, FORWARD, Map.of(HANDLER_ROLE, "值班员办理", FORWARD_NOTE, "转"));
    complete(done, HANDLE, Map.of(HANDLING_RESULT, "办"));
    complete(done, REPLY, Map.of(REPLY_TEXT, "复"));

    EngineClock.set("2026-10-04T08:30");
    ProcessInstance handover = startHandover();

    Task confirm = taskService.createTaskQuery().processInstanceId(handover.getId()).singleResult();
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo(CONFIRM_HANDOVER);
    assertThat(confirm.getAssignee()).isEqualTo("duty");
    assertThat(confirm.getDueDate()).isEqualTo(at("2026-10-04T09:30"));
    assertThat(variable(handover, OUTGOING_OFFICER)).isEqualTo("duty2");
    assertThat(variable(handover, OPEN_COUNT)).isEqualTo(2);
    String matters = (String) variable(handover, OPEN_MATTERS);
    assertThat(matters.lines()).hasSize(2);
    assertThat(matters).contains("1. 【紧急】来电：省应急管理厅").contains("环节：转报").contains("（已超时）")
        .contains("2. 【一般】").contains("环节：办理；办理人：张伟");

    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(HANDOVER_CONFIRMED, false)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("请确认已逐项交接未办结事项");
    taskService.complete(confirm.getId(), Map.of(HANDOVER_CONFIRMED, true, HANDOVER_NOTES, "两件在办"));
    assertThat(handover).isEnded().hasPassed("End_HandedOver");
    assertThat(waiting).isWaitingAt(FORWARD);
  }

  @Test
  void aHandoverWithNothingOpenSaysSoAndALateConfirmationIsEscalated() {
    EngineClock.set("2026-10-03T08:30");
    ProcessInstance handover = startHandover();
    assertThat(variable(handover, OPEN_MATTERS)).isEqualTo("无未办结事项。");
    assertThat(variable(handover, INCOMING_OFFICER)).isEqualTo("duty2");
    EngineClock.set("2026-10-03T09:30");
    fire(handover, "ConfirmHandover");
    Task confirm = taskService.createTaskQuery().processInstanceId(handover.getId()).singleResult();
    assertThat(candidateUsers(confirm)).containsExactly("chief");
    taskService.complete(confirm.getId(), Map.of(HANDOVER_CONFIRMED, true));
    assertThat(handover).isEnded().hasPassed("End_ConfirmHandoverReminded", "End_ConfirmHandoverEscalated");
  }

  @Test
  void theHandoverTimerFiresAtTheShiftChangeInBeijingTimeWhateverTheJvmZone() {
    // the build runs the JVM in UTC: 08:30 in Asia/Shanghai is 00:30 UTC
    assertThat(days.handoverCron()).isEqualTo("0 30 0 * * ?");
    EngineClock.set("2026-10-03T10:00");
    Job timer = handoverTimer();
    assertThat(timer).isNotNull();
    assertThat(days.dutyDayAt(at("2026-10-03T08:29").toInstant())).isEqualTo(LocalDate.parse("2026-10-02"));
    assertThat(days.dutyDayAt(at("2026-10-03T08:30").toInstant())).isEqualTo(LocalDate.parse("2026-10-03"));
  }

  // ---------------------------------------------------------------- helpers

  ProcessInstance startHandover() {
    Job timer = handoverTimer();
    managementService.executeJob(timer.getId());
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DutyCall.HANDOVER_KEY).singleResult();
  }

  Job handoverTimer() {
    return managementService.createJobQuery().processDefinitionKey(DutyCall.HANDOVER_KEY)
        .activityId("StartEvent_ShiftChange").singleResult();
  }

  void rostered(String date, String officer, String leader) {
    LocalDate day = LocalDate.parse(date);
    roster.save(new DutyRoster.Entry(day, days.trackOf(day).label(), officer, leader, "test", Instant.now()));
  }

  static Map<String, Object> registration(String urgency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(KIND, "来电");
    variables.put(CALLER, "王建华");
    variables.put(ORGANISATION, "省应急管理厅");
    variables.put(PHONE, "029-8765 4321");
    variables.put(MATTER, "某县突发暴雨，请求协调");
    variables.put(URGENCY, urgency);
    return variables;
  }

  ProcessInstance register(String urgency) {
    return runtimeService.startProcessInstanceByKey(DutyCall.PROCESS_KEY, registration(urgency));
  }

  static Map<String, Object> restRegistration(String urgency) {
    Map<String, Object> variables = new LinkedHashMap<>();
    registration(urgency).forEach((name, value) -> variables.put(name, typed(value, "String")));
    return variables;
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> variable = new HashMap<>();
    variable.put("value", value);
    variable.put("type", type);
    return variable;
  }

  void fire(ProcessInstance instance, String camel) {
    managementService.executeJob(job(instance, "Timer_" + camel + "Reminder").getId());
    managementService.executeJob(job(instance, "Timer_" + camel + "Overdue").getId());
  }

  void complete(ProcessInstance call, String step, Map<String, Object> answers) {
    taskService.complete(task(call, step).getId(), answers);
  }

  Task task(ProcessInstance instance, String step) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).singleResult();
  }

  Object variable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  Object historyValue(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  List<String> candidateGroups(Task task) {
    return links(task).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  List<String> candidateUsers(Task task) {
    return links(task).stream().map(IdentityLink::getUserId).filter(u -> u != null).toList();
  }

  private List<IdentityLink> links(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType())).toList();
  }

  List<String> comments(Task task) {
    return taskService.getTaskComments(task.getId()).stream().map(c -> c.getFullMessage()).toList();
  }

  Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }
}
