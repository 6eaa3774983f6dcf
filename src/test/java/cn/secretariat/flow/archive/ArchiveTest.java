package cn.secretariat.flow.archive;

import static cn.secretariat.flow.archive.Archive.Steps.*;
import static cn.secretariat.flow.archive.Archive.Vars.*;
import static cn.secretariat.flow.support.EngineClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/**
 * 整理编目 ({@code archive-cataloguing}) and 档案借阅 ({@code archive-lending}): 档号 allocation (also under
 * concurrency), search with and without clearance over HTTP, and every path of a loan, with the engine clock
 * moved for reminders, escalation and the automatic end of electronic access.
 */
@ProcessTest
class ArchiveTest {

  private static final AtomicInteger SOURCES = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ArchiveRecords records;
  @Autowired ArchiveAccess access;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.set("2026-11-16T10:00");
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    EngineClock.reset();
  }

  // ------------------------------------------------------------------ 整理编目

  @Test
  void cataloguingGivesTheRecordItsArchiveNumber() {
    long id = collect("关于报送2026年度立法计划建议的函", "非密", 2025);
    ProcessInstance cataloguing = cataloguing(id);
    Task task = task(cataloguing, CATALOGUE);
    assertThat(candidateGroups(task)).containsExactly("archivists");
    assertThat(task.getDueDate()).isEqualTo(at("2026-11-23T17:30"));

    taskService.complete(task.getId(), Map.of(CATEGORY, "立法", RETENTION, "永久", CATALOGUE_NOTES, "共6页"));

    ArchiveRecord record = records.byId(id).orElseThrow();
    assertThat(record.archiveNumber()).isEqualTo("J021-WS·2025-Y-BGT-0001");
    assertThat(record.category()).isEqualTo("立法");
    assertThat(record.retention()).isEqualTo("永久");
    assertThat(cataloguing).isEnded().hasPassed("End_Catalogued")
        .variables().containsEntry(ARCHIVE_NUMBER, "J021-WS·2025-Y-BGT-0001");
  }

  @Test
  void aClassifiedRecordIsCataloguedOnlyByClearedPeople() {
    ProcessInstance cataloguing = cataloguing(collect("关于人事任免的请示", "机密", 2026));
    assertThat(candidateGroups(task(cataloguing, CATALOGUE))).containsExactly("confidential");
  }

  @Test
  void aCatalogueWithoutCategoryOrWithAnUnknownRetentionIsRefused() {
    long id = collect("关于会议安排的通知", "非密", 2026);
    ProcessInstance cataloguing = cataloguing(id);
    Task task = task(cataloguing, CATALOGUE);
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(RETENTION, "5年")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("请填写：分类").hasMessageContaining("保管期限只能是永久、30年、10年之一（收到：5年）");
    assertThat(records.byId(id).orElseThrow().catalogued()).isFalse();
    assertThat(cataloguing).isWaitingAt(CATALOGUE);
  }

  @Test
  void twentyConcurrentCataloguingsGetTwentyConsecutiveItemNumbers() throws Exception {
    List<Long> ids = new ArrayList<>();
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long id = collect("关于第" + (i + 1) + "项工作的报告", "非密", 2024);
      ids.add(id);
      tasks.add(task(cataloguing(id), CATALOGUE).getId());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Void>> completions = new ArrayList<>();
      for (String taskId : tasks) {
        completions.add(() -> {
          taskService.complete(taskId, Map.of(CATEGORY, "综合", RETENTION, "30年"));
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(completions)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Integer> items = ids.stream().map(id -> records.byId(id).orElseThrow().itemNumber()).sorted().toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      expected.add(i);
    }
    assertThat(items).containsExactlyElementsOf(expected);
    assertThat(ids.stream().map(id -> records.byId(id).orElseThrow().archiveNumber()))
        .contains("J021-WS·2024-D30-BGT-0001", "J021-WS·2024-D30-BGT-0020").doesNotHaveDuplicates();
  }

  @Test
  void cataloguingIsRemindedAndEscalated() {
    ProcessInstance cataloguing = cataloguing(collect("关于档案整理的通知", "非密", 2026));
    EngineClock.set("2026-11-23T17:31");
    fire(cataloguing, "Catalogue");
    assertOverdueAt(cataloguing, CATALOGUE);
  }

  // ------------------------------------------------------------------ 检索

  @Test
  void searchShowsClassifiedRecordsOnlyToTheCleared() {
    long open = catalogued("关于检索测试公开文件的通知", "非密", 2023, "会议");
    long secret = catalogued("关于检索测试涉密文件的通知", "机密", 2023, "会议");

    ResponseEntity<Map> uncleared = rest.withBasicAuth("clerk1", "test-only")
        .getForEntity("/api/archive?q=检索测试 通知&year=2023", Map.class);
    assertThat(uncleared.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(uncleared.getBody().get("total")).isEqualTo(1);
    assertThat(ids(uncleared)).containsExactly(open);
    assertThat(uncleared.getBody().toString()).doesNotContain("涉密文件");

    ResponseEntity<Map> cleared = rest.withBasicAuth("secret1", "test-only")
        .getForEntity("/api/archive?q=检索测试&category=会议&size=1&page=0", Map.class);
    assertThat(cleared.getBody().get("total")).isEqualTo(2);
    assertThat(ids(cleared)).hasSize(1);

    String number = records.byId(secret).orElseThrow().archiveNumber();
    assertThat(ids(rest.withBasicAuth("secret1", "test-only")
        .getForEntity("/api/archive?number=" + number, Map.class))).containsExactly(secret);
    assertThat(rest.withBasicAuth("clerk1", "test-only").getForEntity("/api/archive?classification=机密&year=2023",
        Map.class).getBody().get("total")).isEqualTo(0);

    assertThat(rest.withBasicAuth("clerk1", "test-only").getForEntity("/api/archive/" + secret, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> detail = rest.withBasicAuth("secret1", "test-only").getForEntity("/api/archive/" + secret, Map.class);
    assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(detail.getBody()).containsEntry("title", "关于检索测试涉密文件的通知").containsEntry("archiveNumber", number);
  }

  @Test
  void searchNeedsCredentialsAndSaneParameters() {
    assertThat(rest.getForEntity("/api/archive", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password throttles the account for a while: not one of the users the other tests log in as
    assertThat(rest.withBasicAuth("duty", "wrong").getForEntity("/api/archive", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> bad = rest.withBasicAuth("clerk2", "test-only")
        .getForEntity("/api/archive?year=二〇二六&size=1000", Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) bad.getBody().get("message")).contains("年度应为整数").contains("每页条数应在1到100之间");
  }

  // ------------------------------------------------------------------ 借阅

  @Test
  void aPlainLoanIsApprovedByTheChiefLentAndReturned() {
    long id = catalogued("关于借阅测试一的函", "非密", 2026, "综合");
    ProcessInstance loan = request("clerk1", String.valueOf(id), "纸质", "2026-11-27");
    assertThat(candidateGroups(task(loan, APPROVE_LOAN))).containsExactly("chiefs");
    decide(loan, APPROVE_LOAN, "同意", null);
    assertThat(candidateGroups(task(loan, LEND))).containsExactly("archivists");
    complete(loan, LEND, Map.of(HANDED_OVER, true, LEND_NOTES, "原件1份"));
    assertThat(records.byId(id).orElseThrow().onLoan()).isTrue();

    Task giveBack = task(loan, RETURN);
    assertThat(giveBack.getDueDate()).isEqualTo(at("2026-11-27T17:30"));
    assertThat(job(loan, "Timer_ReturnOverdue").getDuedate()).isEqualTo(at("2026-11-27T17:30"));
    assertThat(job(loan, "Timer_ReturnReminder").getDuedate()).isBefore(at("2026-11-27T17:30")).isAfter(at("2026-11-16T10:00"));
    assertThatThrownBy(() -> complete(loan, RETURN, Map.of(RETURN_CONDITION, "有缺页")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("验收说明（档案有破损或缺页时必填）");
    complete(loan, RETURN, Map.of(RETURN_CONDITION, "完好"));

    assertThat(loan).isEnded().hasPassed("End_Returned").hasNotPassed(APPROVE_LOAN_LEADER);
    assertThat(records.byId(id).orElseThrow().onLoan()).isFalse();
  }

  @Test
  void aClassifiedElectronicLoanNeedsALeaderAndItsAccessEndsByItselfAtTheDueDate() {
    long id = catalogued("关于借阅测试二的请示", "机密", 2026, "人事");
    String number = records.byId(id).orElseThrow().archiveNumber();
    ProcessInstance loan = request("secret1", number, "电子", "2026-11-20");
    decide(loan, APPROVE_LOAN, "同意", null);
    assertThat(candidateGroups(task(loan, APPROVE_LOAN_LEADER))).containsExactly("leaders");
    decide(loan, APPROVE_LOAN_LEADER, "同意", "限本人查阅");
    complete(loan, LEND, Map.of(HANDED_OVER, true));
    assertThat(access.hasAccess("secret1", id, at("2026-11-18T10:00").toInstant())).isTrue();

    EngineClock.set("2026-11-20T17:30");
    managementService.executeJob(job(loan, "Timer_LoanEnds").getId());
    assertThat(loan).hasPassed("Task_RevokeAccess", "End_AccessEnded");
    assertThat(access.hasAccess("secret1", id, at("2026-11-20T09:00").toInstant())).isFalse();
    assertThat(runtimeService.getVariable(loan.getId(), ACCESS_REVOKED_AT)).isEqualTo(at("2026-11-20T17:30"));

    assertThatThrownBy(() -> complete(loan, RETURN, Map.of()))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("请确认电子查阅权限已终止");
    complete(loan, RETURN, Map.of(ACCESS_ENDED, true));
    assertThat(loan).isEnded().hasPassed(APPROVE_LOAN_LEADER, "End_Returned");
  }

  @Test
  void theChiefMayRefuseALoanWithAReason() {
    ProcessInstance loan = request("clerk1", String.valueOf(catalogued("关于借阅测试三的函", "非密", 2026, "综合")),
        "纸质", "2026-11-27");
    assertThatThrownBy(() -> decide(loan, APPROVE_LOAN, "不同意", null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("审批说明（不同意时必填）");
    decide(loan, APPROVE_LOAN, "不同意", "与工作无关");
    assertThat(loan).isEnded().hasPassed("End_RefusedByChief").hasNotPassed(LEND)
        .variables().containsEntry(CHIEF_COMMENT, "与工作无关");
  }

  @Test
  void aLeaderMayRefuseAClassifiedLoan() {
    ProcessInstance loan = request("secret1", String.valueOf(catalogued("关于借阅测试四的请示", "秘密", 2026, "综合")),
        "纸质", "2026-11-27");
    decide(loan, APPROVE_LOAN, "同意", null);
    decide(loan, APPROVE_LOAN_LEADER, "不同意", "涉密档案不予外借");
    assertThat(loan).isEnded().hasPassed("End_RefusedByLeader").hasNotPassed(LEND);
  }

  @Test
  void anOverduePaperLoanIsRemindedAndEscalated() {
    long id = catalogued("关于借阅测试五的函", "非密", 2026, "综合");
    ProcessInstance loan = lent("clerk1", id, "纸质", "2026-11-20");

    EngineClock.set("2026-11-19T10:00");
    managementService.executeJob(job(loan, "Timer_ReturnReminder").getId());
    assertThat(taskService.getVariableLocal(task(loan, RETURN).getId(), "remindedAt")).isNotNull();

    EngineClock.set("2026-11-20T17:30");
    managementService.executeJob(job(loan, "Timer_ReturnOverdue").getId());
    managementService.executeJob(job(loan, "Timer_LoanEnds").getId());
    assertThat(loan).hasPassed("End_PaperDue").hasNotPassed("Task_RevokeAccess");
    assertOverdueAt(loan, RETURN);
    assertThat(records.byId(id).orElseThrow().onLoan()).isTrue();

    EngineClock.set("2026-11-23T09:30");
    complete(loan, RETURN, Map.of(RETURN_CONDITION, "有破损", RETURN_NOTES, "封面破损"));
    assertThat(loan).isEnded();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(loan.getId()).count()).isZero();
    assertThat(records.byId(id).orElseThrow().onLoan()).isFalse();
  }

  @Test
  void aRecordOnLoanCannotBeLentAgain() {
    long id = catalogued("关于借阅测试六的函", "非密", 2026, "综合");
    ProcessInstance first = request("clerk1", String.valueOf(id), "纸质", "2026-11-27");
    ProcessInstance second = request("clerk2", String.valueOf(id), "电子", "2026-11-27");
    decide(first, APPROVE_LOAN, "同意", null);
    decide(second, APPROVE_LOAN, "同意", null);
    complete(first, LEND, Map.of(HANDED_OVER, true));

    assertThatThrownBy(() -> complete(second, LEND, Map.of(HANDED_OVER, true)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("已借出，归还后方可再借");
    assertThat(second).isWaitingAt(LEND);
    assertThatThrownBy(() -> request("clerk2", String.valueOf(id), "纸质", "2026-11-27"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("已借出");
  }

  @Test
  void aRequestIsCheckedAndAClassifiedRecordDoesNotExistForTheUncleared() {
    long secret = catalogued("关于借阅测试七的请示", "机密", 2026, "综合");
    assertThatThrownBy(() -> request("clerk1", String.valueOf(secret), "纸质", "2026-11-27"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("未找到档案：" + secret)
        .hasMessageNotContaining("测试七");
    long uncatalogued = collect("关于借阅测试八的函", "非密", 2026);
    assertThatThrownBy(() -> request("clerk1", String.valueOf(uncatalogued), "纸质", "2026-11-27"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("档案尚未整理编目");
    assertThatThrownBy(() -> request("clerk1", "J021-WS·2026-Y-BGT-9999", "借走", "2026-11-01"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("借阅方式只能是纸质、电子之一").hasMessageContaining("借阅期限不能早于今天");
  }

  @Test
  void everyLoanStepIsRemindedAndEscalated() {
    ProcessInstance loan = request("secret1", String.valueOf(catalogued("关于借阅测试九的请示", "秘密", 2026, "综合")),
        "纸质", "2026-12-10");
    EngineClock.set("2026-11-17T17:31");
    fire(loan, "ApproveLoan");
    assertOverdueAt(loan, APPROVE_LOAN);
    decide(loan, APPROVE_LOAN, "同意", null);
    EngineClock.set("2026-11-19T17:31");
    fire(loan, "ApproveLoanLeader");
    assertOverdueAt(loan, APPROVE_LOAN_LEADER);
    decide(loan, APPROVE_LOAN_LEADER, "同意", null);
    EngineClock.set("2026-11-20T17:31");
    fire(loan, "Lend");
    assertOverdueAt(loan, LEND);
  }

  // ------------------------------------------------------------------ helpers

  /** A finished document's record, as 收集 writes it, and its 归档编目 waiting as a job. */
  long collect(String title, String classification, int year) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ArchiveRecord record = records.collect(new ArchiveRecord.Collected("incoming-document",
        "test-source-" + SOURCES.incrementAndGet(), title, "陕司函〔" + year + "〕" + SOURCES.get() + "号", "省司法厅", "函",
        "平件", classification, now, year, now, "【办结结果】已办结"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(RECORD_ID, record.id());
    variables.put(TITLE, title);
    variables.put(CLASSIFICATION, classification);
    variables.put(DOC_NUMBER, record.docNumber());
    variables.put(DOC_YEAR, year);
    variables.put(SOURCE, "来文");
    variables.put(OPINIONS, record.opinions());
    runtimeService.startProcessInstanceByKey(Archive.CATALOGUING, String.valueOf(record.id()), variables);
    return record.id();
  }

  ProcessInstance cataloguing(long recordId) {
    ProcessInstance cataloguing = runtimeService.createProcessInstanceQuery().processDefinitionKey(Archive.CATALOGUING)
        .processInstanceBusinessKey(String.valueOf(recordId)).singleResult();
    Job start = managementService.createJobQuery().processInstanceId(cataloguing.getId()).activityId("StartEvent_Collected")
        .singleResult();
    if (start != null) {
      managementService.executeJob(start.getId());
    }
    return cataloguing;
  }

  long catalogued(String title, String classification, int year, String category) {
    long id = collect(title, classification, year);
    taskService.complete(task(cataloguing(id), CATALOGUE).getId(), Map.of(CATEGORY, category, RETENTION, "10年"));
    return id;
  }

  ProcessInstance request(String borrower, String ref, String mode, String dueOn) {
    identityService.setAuthentication(borrower, identityService.createGroupQuery().groupMember(borrower).list().stream()
        .map(Group::getId).toList());
    try {
      return runtimeService.startProcessInstanceByKey(Archive.LENDING,
          Map.of(RECORD_REF, ref, PURPOSE, "起草年度工作总结参考", LOAN_MODE, mode, DUE_ON, dueOn));
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance lent(String borrower, long id, String mode, String dueOn) {
    ProcessInstance loan = request(borrower, String.valueOf(id), mode, dueOn);
    decide(loan, APPROVE_LOAN, "同意", null);
    complete(loan, LEND, Map.of(HANDED_OVER, true));
    return loan;
  }

  void decide(ProcessInstance loan, String step, String decision, String comment) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(APPROVE_LOAN.equals(step) ? CHIEF_DECISION : LEADER_DECISION, decision);
    answers.put(APPROVE_LOAN.equals(step) ? CHIEF_COMMENT : LEADER_COMMENT, comment);
    complete(loan, step, answers);
  }

  void complete(ProcessInstance instance, String step, Map<String, Object> answers) {
    taskService.complete(task(instance, step).getId(), answers);
  }

  void fire(ProcessInstance instance, String camel) {
    managementService.executeJob(job(instance, "Timer_" + camel + "Reminder").getId());
    managementService.executeJob(job(instance, "Timer_" + camel + "Overdue").getId());
  }

  void assertOverdueAt(ProcessInstance instance, String step) {
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .incidentType("overdue").activityId(step).singleResult();
    assertThat(incident).as("overdue incident on %s", step).isNotNull();
  }

  Task task(ProcessInstance instance, String step) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null).map(IdentityLink::getGroupId)
        .toList();
  }

  Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  @SuppressWarnings("unchecked")
  static List<Long> ids(ResponseEntity<Map> response) {
    return ((List<Map<String, Object>>) response.getBody().get("items")).stream()
        .map(item -> ((Number) item.get("id")).longValue()).toList();
  }
}
