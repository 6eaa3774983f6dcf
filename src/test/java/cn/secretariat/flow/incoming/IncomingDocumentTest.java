package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Steps.*;
import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;
import static cn.secretariat.flow.support.EngineClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.escalation.Escalation;
import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
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

/**
 * 来文办理 ({@code incoming-document}): one method per path through the model, then deadlines, reminders and
 * escalations with the engine clock moved by hand, then bad input through the Java API and over REST
 * (HTTP 400, a message a clerk understands, nothing changed).
 */
@ProcessTest
class IncomingDocumentTest {

  private static final String START = "/engine-rest/process-definition/key/incoming-document/start";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // a Monday in office hours, far from holidays
    EngineClock.set("2026-11-16T10:00");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  // ---------------------------------------------------------------- paths

  @Test
  void leaderAgreesAndTwoDepartmentsHandleInParallel() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal", CO_DEPARTMENTS, "dept-finance"));
    approve(document, Map.of(DECISION, "同意", HANDLING_DAYS, 5));

    List<Task> handling = tasks(document, HANDLE);
    assertThat(handling).hasSize(2);
    assertThat(handling).extracting(t -> taskService.getVariableLocal(t.getId(), "listTitle"))
        .as("Tasklist's 标题 column").containsOnly("关于报送2026年度立法计划建议的函");
    assertThat(handling).extracting(t -> taskService.getVariableLocal(t.getId(), "listUrgency")).containsOnly("平件");
    assertThat(handling).extracting(t -> candidateGroups(t).get(0)).containsExactly("dept-legal", "dept-finance");
    assertThat(handling).extracting(t -> taskService.getVariable(t.getId(), HANDLING_ROLE))
        .containsExactly("主办", "协办");

    taskService.complete(handling.get(1).getId(), Map.of(HANDLING_RESULT, "已提出修改意见"));
    taskService.complete(handling.get(0).getId(), Map.of(HANDLING_RESULT, "已会同起草回复"));
    assertThat(runtimeService.getVariable(document.getId(), HANDLING_SUMMARY))
        .isEqualTo("【财政经济委员会·协办】已提出修改意见\n【法制工作委员会·主办】已会同起草回复");
    assertThat(runtimeService.getVariable(document.getId(), HANDLING_RESULT))
        .as("each department's report stays its own").isNull();

    close(document, true);
    assertThat(document).hasPassedInOrder("StartEvent_Registered", SUMMARIZE, PROPOSE, "Gateway_Proposal", APPROVE,
        "Gateway_Decision", "Gateway_ToHandling", HANDLE, "Gateway_ToClosing", CLOSE, "End_Closed").isEnded();
    assertThat(document).hasNotPassed(READ);
    assertThat(document).variables().containsEntry(ARCHIVE, true).containsEntry(DECISION, "同意");
  }

  @Test
  void returnsToProposalWhenLeaderReturnsIt() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal"));
    approve(document, Map.of(DECISION, "退回重拟", LEADER_COMMENT, "请征求研究室意见后再拟"));

    assertThat(document).isWaitingAt(PROPOSE);
    assertThat(document).variables().containsEntry(LEADER_COMMENT, "请征求研究室意见后再拟");
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-research", CO_DEPARTMENTS, "dept-legal"));
    approve(document, Map.of(DECISION, "修改后同意", LEADER_COMMENT, "由研究室牵头，五日内报结果", HANDLING_DAYS, 5));

    assertThat(tasks(document, HANDLE)).extracting(t -> candidateGroups(t).get(0))
        .containsExactly("dept-research", "dept-legal");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(document.getId())
        .activityId(PROPOSE).count()).isEqualTo(2);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(document.getId())
        .activityId(APPROVE).count()).isEqualTo(2);
  }

  @Test
  void forwardsStraightToDepartmentsWithoutTheLeader() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "直接转办", Map.of(LEAD_DEPARTMENT, "dept-education", HANDLING_DAYS, 3));

    assertThat(document).isWaitingAt(HANDLE);
    Task handling = tasks(document, HANDLE).get(0);
    assertThat(candidateGroups(handling)).containsExactly("dept-education");
    // approved Monday 10:00 with 3 working days: Thursday's close of office
    assertThat(handling.getDueDate()).isEqualTo(at("2026-11-19T17:30"));
    taskService.complete(handling.getId(), Map.of(HANDLING_RESULT, "已按要求办理"));
    close(document, false);
    assertThat(document).hasNotPassed(APPROVE, READ).isEnded();
  }

  @Test
  void goesToTheLeaderForReadingThenCloses() {
    ProcessInstance document = register(Map.of(DOC_TYPE, "通报"));
    summarize(document);
    propose(document, "阅知", Map.of());

    assertThat(document).isWaitingAt(READ);
    assertThat(candidateGroups(tasks(document, READ).get(0))).containsExactly("leaders");
    complete(document, READ, Map.of(READ_COMMENT, "已阅"));
    close(document, true);
    assertThat(document).hasPassedInOrder(PROPOSE, READ, "Gateway_ToClosing", CLOSE).hasNotPassed(APPROVE, HANDLE)
        .isEnded();
  }

  @Test
  void isFiledWithoutHandlingWhenProposedForTheArchive() {
    ProcessInstance document = register(Map.of(DOC_TYPE, "公报"));
    summarize(document);
    propose(document, "存档", Map.of());

    assertThat(document).isWaitingAt(CLOSE);
    close(document, true);
    assertThat(document).hasNotPassed(APPROVE, READ, HANDLE).isEnded();
    assertThat(document).variables().containsEntry(ARCHIVE, true);
  }

  // ------------------------------------------------------------ deadlines

  @Test
  void stepDeadlinesFollowUrgency() {
    // Monday 10:00: 特急 PT2H → 12:00, 加急 PT4H → 15:30 (lunch 12:00–13:30 does not count), 平件 P1D → Tuesday 17:30
    assertThat(summarizeTask(register(Map.of(URGENCY, "特急"))).getDueDate()).isEqualTo(at("2026-11-16T12:00"));
    assertThat(summarizeTask(register(Map.of(URGENCY, "加急"))).getDueDate()).isEqualTo(at("2026-11-16T15:30"));
    assertThat(summarizeTask(register(Map.of(URGENCY, "平件"))).getDueDate()).isEqualTo(at("2026-11-17T17:30"));
  }

  @Test
  void reminderFallsAtThreeQuartersOfTheOfficeTime() {
    Task extraUrgent = summarizeTask(register(Map.of(URGENCY, "特急")));
    assertThat(extraUrgent.getFollowUpDate()).isEqualTo(at("2026-11-16T11:30"));
    // 平件: 6h left on Monday + 7h on Tuesday = 13h of office time; 75% = 9h45 → Tuesday 14:15
    Task normal = summarizeTask(register(Map.of(URGENCY, "平件")));
    assertThat(normal.getFollowUpDate()).isEqualTo(at("2026-11-17T14:15"));
  }

  @Test
  void laterStepsAreTimedFromWhenTheyStart() {
    ProcessInstance document = register(Map.of(URGENCY, "加急"));
    EngineClock.set("2026-11-16T16:00");
    summarize(document);
    // 拟办 加急 PT4H from 16:00: 1.5h today, 2.5h Tuesday → 11:30
    assertThat(tasks(document, PROPOSE).get(0).getDueDate()).isEqualTo(at("2026-11-17T11:30"));
    EngineClock.set("2026-11-17T11:00");
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal"));
    // 审批 加急 P1D → the close of the next working day
    assertThat(tasks(document, APPROVE).get(0).getDueDate()).isEqualTo(at("2026-11-18T17:30"));
  }

  @Test
  void deadlineSkipsTheWeekend() {
    EngineClock.set("2026-11-20T16:00"); // Friday
    assertThat(summarizeTask(register(Map.of())).getDueDate()).isEqualTo(at("2026-11-23T17:30"));
  }

  @Test
  void deadlineSkipsTheNationalDayHoliday() {
    EngineClock.set("2026-09-30T16:00");
    ProcessInstance document = register(Map.of(RECEIVED_AT, "2026-09-30T16:00+08:00"));
    assertThat(summarizeTask(document).getDueDate()).isEqualTo(at("2026-10-08T17:30"));
    assertThat(runtimeService.getVariable(document.getId(), RECEIVED_AT)).isEqualTo(at("2026-09-30T16:00"));
  }

  @Test
  void deadlineMayFallOnTheMakeUpSaturday() {
    EngineClock.set("2026-10-09T10:00"); // Friday; Saturday 2026-10-10 is a 调休 working day
    assertThat(summarizeTask(register(Map.of())).getDueDate()).isEqualTo(at("2026-10-10T17:30"));
  }

  @Test
  void deadlinesAreComputedInShanghaiWhateverTheJvmZone() {
    // surefire runs the JVM in UTC (see pom.xml); the due instant is still Shanghai's close of office
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    EngineClock.set("2026-11-20T16:00");
    Date due = summarizeTask(register(Map.of())).getDueDate();
    assertThat(due.toInstant()).hasToString("2026-11-23T09:30:00Z");
  }

  @Test
  void handlingIsDueAfterTheLeadersWorkingDaysAndItsTimerAgrees() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal", CO_DEPARTMENTS, "dept-finance"));
    EngineClock.set("2026-11-18T09:30"); // Wednesday
    approve(document, Map.of(DECISION, "同意", HANDLING_DAYS, 3));

    // Thursday, Friday, Monday
    assertThat(tasks(document, HANDLE)).extracting(Task::getDueDate)
        .containsOnly(at("2026-11-23T17:30"));
    assertThat(timer(document, "Timer_HandleOverdue").getDuedate()).isEqualTo(at("2026-11-23T17:30"));
  }

  // ------------------------------------------------------ 催办 and 督办

  @Test
  void remindsBeforeTheDeadlineOnce() {
    ProcessInstance document = register(Map.of(URGENCY, "特急"));
    Task task = summarizeTask(document);
    Job reminder = timer(document, "Timer_SummarizeReminder");
    assertThat(reminder.getDuedate()).isEqualTo(task.getFollowUpDate());

    EngineClock.set("2026-11-16T11:31");
    managementService.executeJob(reminder.getId());
    assertThat(comments(task)).singleElement().asString()
        .contains("【催办】《关于报送2026年度立法计划建议的函》的“文件摘要”将于2026年11月16日 12:00到期");
    assertThat(taskService.getVariableLocal(task.getId(), Escalation.REMINDED_AT)).isEqualTo(at("2026-11-16T11:31"));

    fireAgain(document, "Task_RemindSummarize");
    assertThat(comments(task)).hasSize(1);
    assertThat(document).isWaitingAt(SUMMARIZE);
  }

  @Test
  void escalatesAtTheDeadlineAndClearsOnCompletion() {
    ProcessInstance document = register(Map.of());
    Task task = summarizeTask(document);
    assertThat(task.getPriority()).isEqualTo(50);
    Job overdue = timer(document, "Timer_SummarizeOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(task.getDueDate()).isEqualTo(at("2026-11-17T17:30"));

    EngineClock.set("2026-11-17T17:31");
    managementService.executeJob(overdue.getId());

    Task escalated = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(escalated.getPriority()).isEqualTo(80);
    assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder("clerks", "supervisors");
    assertThat(taskService.getVariableLocal(task.getId(), Escalation.OVERDUE)).isEqualTo(true);
    assertThat(comments(task)).singleElement().asString().startsWith("【督办】");
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(document.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("overdue");
    assertThat(incident.getActivityId()).isEqualTo(SUMMARIZE);
    assertThat(incident.getIncidentMessage())
        .isEqualTo("【督办】《关于报送2026年度立法计划建议的函》的“文件摘要”已超过办理时限（2026年11月17日 17:30）");

    fireAgain(document, "Task_EscalateSummarize");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(document.getId()).count()).isEqualTo(1);
    assertThat(comments(task)).hasSize(1);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(80);

    summarize(document);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(document.getId()).count()).isZero();
    HistoricIncident history = historyService.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult();
    assertThat(history.isResolved()).isTrue();
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
        .variableName(Escalation.OVERDUE).singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void escalatesEveryDepartmentStillHandlingWhenTheLimitPasses() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "直接转办",
        Map.of(LEAD_DEPARTMENT, "dept-legal", CO_DEPARTMENTS, "dept-finance,dept-research", HANDLING_DAYS, 1));
    List<Task> handling = tasks(document, HANDLE);
    taskService.complete(handling.get(0).getId(), Map.of(HANDLING_RESULT, "已办理"));

    EngineClock.set("2026-11-17T17:31");
    managementService.executeJob(timer(document, "Timer_HandleOverdue").getId());

    List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(document.getId()).list();
    assertThat(incidents).extracting(Incident::getConfiguration)
        .containsExactlyInAnyOrder(handling.get(1).getId(), handling.get(2).getId());
    assertThat(incidents).extracting(Incident::getActivityId).containsOnly(HANDLE);
    taskService.complete(handling.get(1).getId(), Map.of(HANDLING_RESULT, "已办理"));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(document.getId()).list())
        .extracting(Incident::getConfiguration).containsExactly(handling.get(2).getId());
  }

  @Test
  void everyStepIsRemindedAndEscalated() {
    ProcessInstance document = register(Map.of());
    String[][] steps = {
        {SUMMARIZE, "Summarize"}, {PROPOSE, "Propose"}, {APPROVE, "Approve"}, {HANDLE, "Handle"}, {CLOSE, "Close"}};
    for (String[] step : steps) {
      fireRemindAndEscalate(document, step[0], step[1]);
      switch (step[0]) {
        case SUMMARIZE -> summarize(document);
        case PROPOSE -> propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal"));
        case APPROVE -> approve(document, Map.of(DECISION, "同意", HANDLING_DAYS, 2));
        case HANDLE -> complete(document, HANDLE, Map.of(HANDLING_RESULT, "已办理"));
        default -> close(document, true);
      }
    }
    assertThat(document).isEnded().hasPassed("End_SummarizeEscalated", "End_CloseReminded");

    ProcessInstance forReading = register(Map.of());
    summarize(forReading);
    propose(forReading, "阅知", Map.of());
    fireRemindAndEscalate(forReading, READ, "Read");
    complete(forReading, READ, Map.of());
    assertThat(forReading).hasPassed("End_ReadReminded", "End_ReadEscalated").isWaitingAt(CLOSE);
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(document.getId()).resolved().count())
        .isEqualTo(steps.length);
  }

  // ------------------------------------------------------- bad input, Java API

  @Test
  void leaderMustGiveReasonsForReturningAndNothingChanges() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    propose(document, "呈领导批示", Map.of(LEAD_DEPARTMENT, "dept-legal"));
    Task approval = tasks(document, APPROVE).get(0);

    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(DECISION, "退回重拟")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("批示意见（退回重拟时必填）");
    assertThat(document).isWaitingAt(APPROVE);
    assertThat(runtimeService.getVariable(document.getId(), DECISION)).isNull();
  }

  @Test
  void unknownDepartmentIsRefused() {
    ProcessInstance document = register(Map.of());
    summarize(document);
    Task proposal = tasks(document, PROPOSE).get(0);
    assertThatThrownBy(() -> taskService.complete(proposal.getId(), Map.of(PROPOSAL, "直接转办",
        PROPOSAL_COMMENT, "转法工委", LEAD_DEPARTMENT, "dept-nowhere", HANDLING_DAYS, 2)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("主办单位不存在：dept-nowhere");
    assertThat(document).isWaitingAt(PROPOSE);
  }

  // ------------------------------------------------------------ bad input over REST

  @Test
  void registrationWithMissingFieldsAndUnknownUrgencyIsRefusedAndStartsNothing() {
    long before = historyService.createHistoricProcessInstanceQuery().count();
    Map<String, Object> variables = restRegistration();
    variables.remove(TITLE);
    variables.remove(SOURCE_ORG);
    variables.put(URGENCY, typed("很急", "String"));

    ResponseEntity<Map> response = asClerk().postForEntity(START, Map.of("variables", variables), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("请填写：标题、来文单位")
        .contains("紧急程度只能是特急、加急、平件之一（收到：很急）");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void registrationWithAnUnknownDocTypeOrBadPagesIsRefused() {
    Map<String, Object> variables = restRegistration();
    variables.put(DOC_TYPE, typed("便函", "String"));
    variables.put(PAGES, typed("十二", "String"));

    ResponseEntity<Map> response = asClerk().postForEntity(START, Map.of("variables", variables), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("文种只能是决议、决定")
        .contains("页数应为整数（收到：十二）");
  }

  @Test
  void validRegistrationStartsTheDocument() {
    ResponseEntity<Map> response = asClerk().postForEntity(START, Map.of("variables", restRegistration()), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) response.getBody().get("id");
    assertThat(runtimeService.getVariable(id, RECEIVED_AT)).isEqualTo(EngineClock.at("2026-11-16T10:00"));
    assertThat(taskService.createTaskQuery().processInstanceId(id).singleResult().getTaskDefinitionKey())
        .isEqualTo(IncomingDocument.Steps.SUMMARIZE);
  }

  @Test
  void completionWithoutTheRequiredSummaryIsRefusedAndChangesNothing() {
    ProcessInstance document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY,
        registration(Map.of()));
    Task task = taskService.createTaskQuery().processInstanceId(document.getId()).singleResult();

    ResponseEntity<Map> response = asClerk().postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of(SUMMARY, typed("   ", "String"), REMARKS, typed("改了备注", "String"))),
        Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).isEqualTo("提交未通过检查：请填写：文件摘要。");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(document.getId(), REMARKS)).isNull();
  }

  @Test
  void completionWithAnUnknownDecisionIsRefused() {
    ProcessInstance document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY,
        registration(Map.of()));
    Task summarize = taskService.createTaskQuery().processInstanceId(document.getId()).singleResult();
    taskService.complete(summarize.getId(), Map.of(SUMMARY, "摘要"));
    Task propose = taskService.createTaskQuery().processInstanceId(document.getId()).singleResult();
    taskService.complete(propose.getId(), Map.of(PROPOSAL, "呈领导批示", PROPOSAL_COMMENT, "呈秘书长阅示",
        LEAD_DEPARTMENT, "dept-legal"));
    Task approve = taskService.createTaskQuery().processInstanceId(document.getId()).singleResult();

    ResponseEntity<Map> response = rest.withBasicAuth("leader", "test-only").postForEntity(
        "/engine-rest/task/" + approve.getId() + "/complete",
        Map.of("variables", Map.of(DECISION, typed("原则同意", "String"))), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("批示只能是同意、修改后同意、退回重拟之一（收到：原则同意）");
    assertThat(runtimeService.getVariable(document.getId(), DECISION)).isNull();
  }

  /** REST answers only to credentials; clerk1 may start 来文办理 and work the clerks' tasks. */
  private TestRestTemplate asClerk() {
    return rest.withBasicAuth("clerk1", "test-only");
  }

  private static Map<String, Object> restRegistration() {
    Map<String, Object> variables = new LinkedHashMap<>();
    registration(Map.of()).forEach((name, value) ->
        variables.put(name, typed(value, value instanceof Integer ? "Integer" : "String")));
    return variables;
  }

  private static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> variable = new HashMap<>();
    variable.put("value", value);
    variable.put("type", type);
    return variable;
  }

  // ---------------------------------------------------------------- given/when helpers

  static Map<String, Object> registration(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE, "关于报送2026年度立法计划建议的函");
    variables.put(SOURCE_ORG, "省司法厅");
    variables.put(SOURCE_DOC_NUMBER, "陕司函〔2026〕88号");
    variables.put(DOC_TYPE, "函");
    variables.put(URGENCY, "平件");
    variables.put(CLASSIFICATION, "非密");
    variables.put(PAGES, 6);
    variables.putAll(overrides);
    return variables;
  }

  ProcessInstance register(Map<String, Object> overrides) {
    ProcessInstance document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY,
        registration(overrides));
    assertThat(document).isWaitingAt(SUMMARIZE);
    return document;
  }

  Task summarizeTask(ProcessInstance document) {
    return tasks(document, SUMMARIZE).get(0);
  }

  void summarize(ProcessInstance document) {
    complete(document, SUMMARIZE, Map.of(SUMMARY, "省司法厅函请报送立法计划建议，要求11月底前反馈。"));
  }

  void propose(ProcessInstance document, String proposal, Map<String, Object> routing) {
    Map<String, Object> answers = new HashMap<>(routing);
    answers.put(PROPOSAL, proposal);
    answers.put(PROPOSAL_COMMENT, "拟请法工委研提意见。");
    complete(document, PROPOSE, answers);
  }

  void approve(ProcessInstance document, Map<String, Object> answers) {
    complete(document, APPROVE, answers);
  }

  void close(ProcessInstance document, boolean archive) {
    complete(document, CLOSE, Map.of(RESULT, "已按领导批示办结", ARCHIVE, archive));
  }

  void complete(ProcessInstance document, String step, Map<String, Object> answers) {
    List<Task> open = tasks(document, step);
    assertThat(open).as("open tasks of %s", step).isNotEmpty();
    taskService.complete(open.get(0).getId(), answers);
  }

  List<Task> tasks(ProcessInstance document, String step) {
    return taskService.createTaskQuery().processInstanceId(document.getId()).taskDefinitionKey(step)
        .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  List<String> comments(Task task) {
    return taskService.getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }

  Job timer(ProcessInstance document, String timerId) {
    return managementService.createJobQuery().processInstanceId(document.getId()).activityId(timerId).singleResult();
  }

  /** Runs a 催办 / 督办 service task a second time, as a timer job that fires twice would. */
  void fireAgain(ProcessInstance document, String serviceTaskId) {
    runtimeService.createProcessInstanceModification(document.getId()).startBeforeActivity(serviceTaskId).execute();
  }

  void fireRemindAndEscalate(ProcessInstance document, String step, String camel) {
    managementService.executeJob(timer(document, "Timer_" + camel + "Reminder").getId());
    managementService.executeJob(timer(document, "Timer_" + camel + "Overdue").getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(document.getId()).activityId(step).count())
        .as("overdue incident on %s", step).isPositive();
  }

}
