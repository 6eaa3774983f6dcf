package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Steps.*;
import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;
import static cn.secretariat.flow.support.EngineClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.secretariat.flow.support.EngineClock;
import cn.secretariat.flow.support.ProcessTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * 发文审核 ({@code outgoing-review}, 三审三校): one method per path, the numbering under concurrency and across a
 * new year, and the 催办 / 督办 of every step with the engine clock moved by hand.
 */
@ProcessTest
class OutgoingReviewTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

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

  // ---------------------------------------------------------------- paths

  @Test
  void aCleanDraftPassesThreeReviewsAndIsSignedNumberedPrintedDistributedAndArchived() {
    ProcessInstance document = draft(Map.of());
    assertThat(document).isWaitingAt(REVIEW_1);
    assertThat(candidateGroups(task(document, REVIEW_1))).containsExactly("clerks");
    assertThat(taskService.getVariable(task(document, REVIEW_1).getId(), PROOF_ROUND)).isEqualTo("一校");

    review(document, REVIEW_1, "通过", "版式、内容无误");
    assertThat(candidateGroups(task(document, REVIEW_2))).containsExactly("chiefs");
    review(document, REVIEW_2, "通过", null);
    review(document, REVIEW_3, "通过", "符合发文标准");
    assertThat(runtimeService.getVariable(document.getId(), REVIEW_LOG)).asString()
        .contains("【初审·一校】").contains("【复审·二校】").contains("【三审·三校】")
        .contains("通过。版式、内容无误").contains("通过。符合发文标准");
    assertThat(candidateGroups(task(document, SIGN))).containsExactly("leaders");

    EngineClock.set("2026-11-17T15:00");
    sign(document, "同意签发", null);
    assertThat(document).isWaitingAt(REGISTER);
    executeRegistration(document);
    assertThat(runtimeService.getVariable(document.getId(), DOC_NUMBER)).asString().matches("陕人办发〔2026〕[1-9][0-9]*号");
    assertThat(runtimeService.getVariable(document.getId(), SIGNED_ON)).isEqualTo("2026年11月17日");

    complete(document, PRINT, Map.of(PRINT_RESULT, "已复核印制", PRINTED_COPIES, 30));
    complete(document, DISTRIBUTE, Map.of(DISTRIBUTION_CONFIRMED, true, DISTRIBUTION_NOTES, "机要交换"));
    assertThat(candidateGroups(task(document, ARCHIVE))).containsExactly("archivists");
    complete(document, ARCHIVE, Map.of(ARCHIVE_CONFIRMED, true));
    assertThat(document).hasPassedInOrder("StartEvent_Drafted", FORMAT_CHECK, REVIEW_1, REVIEW_2, REVIEW_3, SIGN,
        REGISTER, PRINT, DISTRIBUTE, ARCHIVE, "End_Archived").hasNotPassed(REVISE).isEnded();
  }

  @Test
  void aDraftFailingThePreCheckGoesBackToItsDrafterWithEveryObjection() {
    identityService.setAuthentication("clerk1", List.of("clerks"));
    ProcessInstance document = draft(Map.of(TITLE, "关于做好元旦春节期间值班工作的安排。", BODY, "请于2026年01月05日前报送。"));
    identityService.clearAuthentication();

    assertThat(document).isWaitingAt(REVISE);
    Task revise = task(document, REVISE);
    assertThat(revise.getAssignee()).isEqualTo("clerk1");
    assertThat(runtimeService.getVariable(document.getId(), FORMAT_VIOLATIONS)).asString()
        .contains("1. ").contains("2. ").contains("通知").contains("2026年01月05日");
    assertThat(document).hasNotPassed(REVIEW_1);

    complete(document, REVISE, revised(Map.of(TITLE, "关于做好元旦春节期间值班工作的通知", BODY, "请于2026年1月5日前报送。")));
    assertThat(runtimeService.getVariable(document.getId(), FORMAT_VIOLATIONS)).isEqualTo("");
    assertThat(document).isWaitingAt(REVIEW_1);
    assertThat(runtimeService.getVariable(document.getId(), FORMAT_VIOLATIONS)).isEqualTo("");
  }

  @Test
  void aClassifiedDraftReturnedToAnUnclearedDrafterGoesToClearedClerksInstead() {
    identityService.setAuthentication("clerk1", List.of("clerks"));
    ProcessInstance document = draft(Map.of(CLASSIFICATION, "机密", SECRECY_PERIOD, 10, TITLE, "关于某事项的安排"));
    identityService.clearAuthentication();

    Task revise = task(document, REVISE);
    assertThat(revise.getAssignee()).as("clerk1 is not cleared to 机密").isNull();
    assertThat(taskService.getIdentityLinksForTask(revise.getId())).extracting(IdentityLink::getUserId)
        .contains("secret1").doesNotContain("clerk1", "clerk2");
    assertThat(candidateGroups(revise)).doesNotContain("clerks");
  }

  @Test
  void aReturnAtInitialReviewResumesAtInitialReview() {
    assertReturnResumesAt(REVIEW_1);
  }

  @Test
  void aReturnAtSecondReviewResumesAtSecondReview() {
    assertReturnResumesAt(REVIEW_2);
  }

  @Test
  void aReturnAtThirdReviewResumesAtThirdReview() {
    assertReturnResumesAt(REVIEW_3);
  }

  @Test
  void aLeadersReturnGoesBackToTheDrafterAndThenToSigning() {
    ProcessInstance document = throughReviews(draft(Map.of()));
    sign(document, "退回", "请压缩篇幅");
    assertThat(document).isWaitingAt(REVISE);
    assertThat(runtimeService.getVariable(document.getId(), RETURNED_BY)).isEqualTo("签发");
    complete(document, REVISE, revised(Map.of(BODY, "压缩后的正文，于2026年12月1日前报送。")));
    assertThat(document).isWaitingAt(SIGN);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(document.getId())
        .activityId(REVIEW_1).count()).isOne();
  }

  @Test
  void aSubstantiveChangeAfterSigningGoesBackToSigningAndKeepsTheNumber() {
    ProcessInstance document = throughReviews(draft(Map.of()));
    sign(document, "同意签发", null);
    executeRegistration(document);
    Object number = runtimeService.getVariable(document.getId(), DOC_NUMBER);

    complete(document, PRINT, Map.of(PRINT_RESULT, "需实质性修改（退回签发）", PRINT_NOTES, "第三段数据有误"));
    assertThat(document).isWaitingAt(REVISE);
    complete(document, REVISE, revised(Map.of(BODY, "更正数据后的正文。")));
    assertThat(document).isWaitingAt(SIGN);
    sign(document, "同意签发", null);
    executeRegistration(document);

    assertThat(runtimeService.getVariable(document.getId(), DOC_NUMBER)).isEqualTo(number);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(document.getId())
        .activityId(SIGN).count()).isEqualTo(2);
    assertThat(document).isWaitingAt(PRINT);
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void aDraftWithoutBodyIsRefusedAndNothingStarts() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OutgoingDocument.PROCESS_KEY).count();
    Map<String, Object> variables = draftVariables(Map.of(ISSUER_CODE, "陕政发"));
    variables.remove(BODY);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(OutgoingDocument.PROCESS_KEY, variables))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("请填写：正文")
        .hasMessageContaining("机关代字只能是陕人办发、陕人办函、陕人办字之一（收到：陕政发）");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OutgoingDocument.PROCESS_KEY)
        .count()).isEqualTo(before);
  }

  @Test
  void aReturnWithoutAnOpinionIsRefused() {
    ProcessInstance document = draft(Map.of());
    assertThatThrownBy(() -> complete(document, REVIEW_1, Map.of(REVIEW_DECISION, "退回修改")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("审核意见（退回修改时必填）");
    assertThat(document).isWaitingAt(REVIEW_1);
  }

  @Test
  void aClassifiedDocumentMustBePrintedInTheSecurePrintRoom() {
    ProcessInstance document = throughReviews(draft(Map.of(CLASSIFICATION, "秘密", SECRECY_PERIOD, 5)));
    sign(document, "同意签发", null);
    executeRegistration(document);
    assertThatThrownBy(() -> complete(document, PRINT, Map.of(PRINT_RESULT, "已复核印制", PRINTED_COPIES, 10)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("涉密公文须在涉密文件印制室印制");
    complete(document, PRINT, Map.of(PRINT_RESULT, "已复核印制", PRINTED_COPIES, 10, SECURE_PRINT_ROOM_CONFIRMED, true));
    assertThat(document).isWaitingAt(DISTRIBUTE);
  }

  // ---------------------------------------------------------------- numbering

  @Test
  void twentyConcurrentRegistrationsGetTwentyDistinctConsecutiveNumbers() throws Exception {
    List<ProcessInstance> documents = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ProcessInstance document = throughReviews(draft(Map.of(ISSUER_CODE, "陕人办函", DOC_TYPE, "函",
          TITLE, "关于商请支持第" + (i + 1) + "项工作的函")));
      sign(document, "同意签发", null);
      documents.add(document);
    }
    int before = highestSequence("陕人办函", 2026);

    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Void>> registrations = new ArrayList<>();
      for (ProcessInstance document : documents) {
        String job = registrationJob(document).getId();
        registrations.add(() -> {
          managementService.executeJob(job);
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(registrations)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    List<Integer> sequences = documents.stream()
        .map(d -> (Integer) runtimeService.getVariable(d.getId(), DOC_SEQUENCE)).sorted().toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      expected.add(before + i);
    }
    assertThat(sequences).containsExactlyElementsOf(expected);
    assertThat(documents).extracting(d -> runtimeService.getVariable(d.getId(), DOC_NUMBER))
        .contains("陕人办函〔2026〕" + (before + 1) + "号").doesNotHaveDuplicates();
  }

  @Test
  void aNewYearStartsAgainAtOne() {
    ProcessInstance lastYear = throughReviews(draft(Map.of(ISSUER_CODE, "陕人办字")));
    sign(lastYear, "同意签发", null);
    executeRegistration(lastYear);

    EngineClock.set("2027-01-04T10:00");
    ProcessInstance thisYear = throughReviews(draft(Map.of(ISSUER_CODE, "陕人办字")));
    sign(thisYear, "同意签发", null);
    executeRegistration(thisYear);

    assertThat(runtimeService.getVariable(thisYear.getId(), DOC_NUMBER)).isEqualTo("陕人办字〔2027〕1号");
    assertThat(runtimeService.getVariable(thisYear.getId(), SIGNED_ON)).isEqualTo("2027年1月4日");
  }

  @Test
  void aRetriedRegistrationKeepsItsNumber() {
    ProcessInstance document = throughReviews(draft(Map.of()));
    sign(document, "同意签发", null);
    executeRegistration(document);
    Object number = runtimeService.getVariable(document.getId(), DOC_NUMBER);
    int highest = highestSequence("陕人办发", 2026);

    runtimeService.createProcessInstanceModification(document.getId()).startBeforeActivity(REGISTER).execute();
    executeRegistration(document);

    assertThat(runtimeService.getVariable(document.getId(), DOC_NUMBER)).isEqualTo(number);
    assertThat(highestSequence("陕人办发", 2026)).isEqualTo(highest);
  }

  // ---------------------------------------------------------------- 催办 and 督办

  @Test
  void anOverdueReviewIsEscalatedToTheSupervisors() {
    ProcessInstance document = draft(Map.of());
    Task review = task(document, REVIEW_1);
    assertThat(review.getDueDate()).isEqualTo(at("2026-11-17T17:30"));

    EngineClock.set("2026-11-17T17:31");
    managementService.executeJob(timer(document, "Timer_Review1Overdue").getId());

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(document.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("overdue");
    assertThat(incident.getActivityId()).isEqualTo(REVIEW_1);
    assertThat(incident.getIncidentMessage()).contains("“初审”已超过办理时限");
    assertThat(candidateGroups(task(document, REVIEW_1))).contains("supervisors");
  }

  @Test
  void everyStepIsRemindedAndEscalated() {
    ProcessInstance document = draft(Map.of(TITLE, "关于做好值班工作的安排"));
    String[][] steps = {{REVISE, "Revise"}, {REVIEW_1, "Review1"}, {REVIEW_2, "Review2"}, {REVIEW_3, "Review3"},
        {SIGN, "Sign"}, {PRINT, "Print"}, {DISTRIBUTE, "Distribute"}, {ARCHIVE, "Archive"}};
    for (String[] step : steps) {
      managementService.executeJob(timer(document, "Timer_" + step[1] + "Reminder").getId());
      managementService.executeJob(timer(document, "Timer_" + step[1] + "Overdue").getId());
      switch (step[0]) {
        case REVISE -> complete(document, REVISE, revised(Map.of()));
        case REVIEW_1, REVIEW_2, REVIEW_3 -> review(document, step[0], "通过", null);
        case SIGN -> {
          sign(document, "同意签发", null);
          executeRegistration(document);
        }
        case PRINT -> complete(document, PRINT, Map.of(PRINT_RESULT, "已复核印制", PRINTED_COPIES, 5));
        case DISTRIBUTE -> complete(document, DISTRIBUTE, Map.of(DISTRIBUTION_CONFIRMED, true));
        default -> complete(document, ARCHIVE, Map.of(ARCHIVE_CONFIRMED, true));
      }
    }
    assertThat(document).isEnded().hasPassed("End_ReviseEscalated", "End_ArchiveReminded");
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(document.getId()).resolved().count())
        .isEqualTo(steps.length);
  }

  // ---------------------------------------------------------------- given/when helpers

  void assertReturnResumesAt(String stage) {
    ProcessInstance document = draft(Map.of());
    List<String> stages = List.of(REVIEW_1, REVIEW_2, REVIEW_3);
    for (String earlier : stages.subList(0, stages.indexOf(stage))) {
      review(document, earlier, "通过", null);
    }
    review(document, stage, "退回修改", "请补充法律依据");
    assertThat(document).isWaitingAt(REVISE);
    assertThat(runtimeService.getVariable(document.getId(), RESUME_AT)).isEqualTo(stage);
    assertThat(runtimeService.getVariable(document.getId(), REVIEW_LOG)).asString().contains("退回修改。请补充法律依据");

    complete(document, REVISE, revised(Map.of(BODY, "补充了法律依据的正文。")));
    assertThat(document).isWaitingAt(stage);
    for (String earlier : stages.subList(0, stages.indexOf(stage))) {
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(document.getId())
          .activityId(earlier).count()).as("%s done once", earlier).isOne();
    }
  }

  static Map<String, Object> draftVariables(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DOC_TYPE, "通知");
    variables.put(TITLE, "关于做好元旦春节期间值班工作的通知");
    variables.put(ISSUER_CODE, "陕人办发");
    variables.put(URGENCY, "平件");
    variables.put(CLASSIFICATION, "非密");
    variables.put(COPIES, 30);
    variables.put(MAIN_RECIPIENTS, "机关各部门");
    variables.put(BODY, "请各部门于2026年12月31日前报送值班安排。");
    variables.putAll(overrides);
    return variables;
  }

  ProcessInstance draft(Map<String, Object> overrides) {
    return runtimeService.startProcessInstanceByKey(OutgoingDocument.PROCESS_KEY, draftVariables(overrides));
  }

  Map<String, Object> revised(Map<String, Object> changes) {
    return draftVariables(changes);
  }

  ProcessInstance throughReviews(ProcessInstance document) {
    review(document, REVIEW_1, "通过", null);
    review(document, REVIEW_2, "通过", null);
    review(document, REVIEW_3, "通过", null);
    return document;
  }

  void review(ProcessInstance document, String stage, String decision, String opinion) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(REVIEW_DECISION, decision);
    if (opinion != null) {
      answers.put(REVIEW_OPINION, opinion);
    }
    complete(document, stage, answers);
  }

  void sign(ProcessInstance document, String decision, String opinion) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(SIGN_DECISION, decision);
    if (opinion != null) {
      answers.put(SIGN_OPINION, opinion);
    }
    complete(document, SIGN, answers);
  }

  void executeRegistration(ProcessInstance document) {
    managementService.executeJob(registrationJob(document).getId());
  }

  Job registrationJob(ProcessInstance document) {
    return managementService.createJobQuery().processInstanceId(document.getId()).activityId(REGISTER).singleResult();
  }

  int highestSequence(String issuerCode, int year) {
    return historyService.createHistoricVariableInstanceQuery().variableName(DOC_SEQUENCE).list().stream()
        .filter(v -> issuerCode.equals(runtimeOrHistoric(v.getProcessInstanceId(), ISSUER_CODE))
            && Integer.valueOf(year).equals(runtimeOrHistoric(v.getProcessInstanceId(), DOC_YEAR)))
        .mapToInt(v -> (Integer) v.getValue()).max().orElse(0);
  }

  Object runtimeOrHistoric(String processInstanceId, String name) {
    var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  void complete(ProcessInstance document, String step, Map<String, Object> answers) {
    taskService.complete(task(document, step).getId(), answers);
  }

  Task task(ProcessInstance document, String step) {
    return taskService.createTaskQuery().processInstanceId(document.getId()).taskDefinitionKey(step).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  Job timer(ProcessInstance document, String timerId) {
    return managementService.createJobQuery().processInstanceId(document.getId()).activityId(timerId).singleResult();
  }
}
