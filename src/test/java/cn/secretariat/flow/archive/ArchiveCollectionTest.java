package cn.secretariat.flow.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.outgoing.OutgoingDocument;
import cn.secretariat.flow.support.EngineClock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * 收集: finished documents become archive records. Deliberately not a {@code @ProcessTest}: it drives 来文办理
 * and 发文审核 along one path each, whose coverage their own test classes answer for.
 */
@SpringBootTest
@ActiveProfiles("test")
class ArchiveCollectionTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ArchiveRecords records;

  @BeforeEach
  void setUp() {
    EngineClock.set("2026-11-16T10:00");
  }

  @AfterEach
  void tearDown() {
    EngineClock.reset();
  }

  @Test
  void anIncomingDocumentClosedForTheArchiveBecomesARecordWithItsOpinionsAndAwaitsCataloguing() {
    ProcessInstance document = incoming("关于报送2026年度立法计划建议的函", true);

    ArchiveRecord record = records.bySource(document.getId()).orElseThrow();
    assertThat(record.title()).isEqualTo("关于报送2026年度立法计划建议的函");
    assertThat(record.docNumber()).isEqualTo("陕司函〔2026〕88号");
    assertThat(record.sourceOrg()).isEqualTo("省司法厅");
    assertThat(record.classification()).isEqualTo("秘密");
    assertThat(record.docYear()).isEqualTo(2026);
    assertThat(record.opinions())
        .contains("【文件摘要】省司法厅函请报送立法计划建议")
        .contains("【拟办意见】存档：拟存档备查。")
        .contains("【办结结果】已存档");
    assertThat(record.catalogued()).isFalse();

    // 归档编目 waits as a job of its own, then as the archivists' task
    ProcessInstance cataloguing = runtimeService.createProcessInstanceQuery().processDefinitionKey(Archive.CATALOGUING)
        .processInstanceBusinessKey(String.valueOf(record.id())).singleResult();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(cataloguing.getId())
        .singleResult().getId());
    Task catalogue = taskService.createTaskQuery().processInstanceId(cataloguing.getId()).singleResult();
    assertThat(catalogue.getTaskDefinitionKey()).isEqualTo(Archive.Steps.CATALOGUE);
    assertThat(catalogue.getDueDate()).isEqualTo(EngineClock.at("2026-11-23T17:30"));
  }

  @Test
  void anIncomingDocumentClosedWithoutTheArchiveLeavesNoRecord() {
    ProcessInstance document = incoming("关于召开座谈会的通知", false);
    assertThat(records.bySource(document.getId())).isEmpty();
  }

  @Test
  void anArchivedOutgoingDocumentBecomesARecordWithItsNumberReviewsAndSignature() {
    Map<String, Object> signed = new HashMap<>();
    signed.put(OutgoingDocument.Vars.TITLE, "关于报送2026年工作总结的报告");
    signed.put(OutgoingDocument.Vars.DOC_TYPE, "报告");
    signed.put(OutgoingDocument.Vars.URGENCY, "平件");
    signed.put(OutgoingDocument.Vars.CLASSIFICATION, "非密");
    signed.put(OutgoingDocument.Vars.DOC_NUMBER, "陕人办发〔2026〕12号");
    signed.put(OutgoingDocument.Vars.DOC_YEAR, 2026);
    signed.put(OutgoingDocument.Vars.SIGNED_AT, EngineClock.at("2026-11-13T15:00"));
    signed.put(OutgoingDocument.Vars.SIGNED_ON, "2026年11月13日");
    signed.put(OutgoingDocument.Vars.SIGNER, "刘建国");
    signed.put(OutgoingDocument.Vars.SIGN_DECISION, "同意签发");
    signed.put(OutgoingDocument.Vars.SIGN_OPINION, "同意");
    signed.put(OutgoingDocument.Vars.REVIEW_LOG, "【初审·一校】王晓文：通过。\n【复审·二校】张伟：通过。");
    signed.put(OutgoingDocument.Vars.MAIN_RECIPIENTS, "省人大常委会");
    ProcessInstance document = runtimeService.createProcessInstanceByKey(OutgoingDocument.PROCESS_KEY)
        .startBeforeActivity(OutgoingDocument.Steps.ARCHIVE).setVariables(signed).execute();
    Task archive = taskService.createTaskQuery().processInstanceId(document.getId()).singleResult();
    taskService.complete(archive.getId(), Map.of(OutgoingDocument.Vars.ARCHIVE_CONFIRMED, true,
        OutgoingDocument.Vars.ARCHIVE_NOTES, "纸质2份"));

    ArchiveRecord record = records.bySource(document.getId()).orElseThrow();
    assertThat(record.sourceProcessKey()).isEqualTo(OutgoingDocument.PROCESS_KEY);
    assertThat(record.docNumber()).isEqualTo("陕人办发〔2026〕12号");
    assertThat(record.docDate()).isEqualTo(EngineClock.at("2026-11-13T15:00").toInstant());
    assertThat(record.opinions()).contains("【复审·二校】张伟：通过。").contains("【签发意见】同意签发：同意")
        .contains("【签发人】刘建国").contains("【归档说明】纸质2份");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Archive.CATALOGUING)
        .processInstanceBusinessKey(String.valueOf(record.id())).count()).isOne();
  }

  @Test
  void theRecordOutlivesTheEnginesHistory() {
    ProcessInstance document = incoming("关于年度预算执行情况的报告", true);
    historyService.deleteHistoricProcessInstance(document.getId());
    assertThat(records.bySource(document.getId())).get().extracting(ArchiveRecord::title)
        .isEqualTo("关于年度预算执行情况的报告");
  }

  private ProcessInstance incoming(String title, boolean archive) {
    Map<String, Object> registration = new HashMap<>();
    registration.put(IncomingDocument.Vars.TITLE, title);
    registration.put(IncomingDocument.Vars.SOURCE_ORG, "省司法厅");
    registration.put(IncomingDocument.Vars.SOURCE_DOC_NUMBER, "陕司函〔2026〕88号");
    registration.put(IncomingDocument.Vars.DOC_TYPE, "函");
    registration.put(IncomingDocument.Vars.URGENCY, "平件");
    registration.put(IncomingDocument.Vars.CLASSIFICATION, archive ? "秘密" : "非密");
    registration.put(IncomingDocument.Vars.PAGES, 6);
    ProcessInstance document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, registration);
    complete(document, IncomingDocument.Steps.SUMMARIZE,
        Map.of(IncomingDocument.Vars.SUMMARY, "省司法厅函请报送立法计划建议，要求11月底前反馈。"));
    complete(document, IncomingDocument.Steps.PROPOSE,
        Map.of(IncomingDocument.Vars.PROPOSAL, "存档", IncomingDocument.Vars.PROPOSAL_COMMENT, "拟存档备查。"));
    complete(document, IncomingDocument.Steps.CLOSE,
        Map.of(IncomingDocument.Vars.RESULT, "已存档", IncomingDocument.Vars.ARCHIVE, archive));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(document.getId()).count()).isZero();
    return document;
  }

  private void complete(ProcessInstance document, String step, Map<String, Object> answers) {
    Task task = taskService.createTaskQuery().processInstanceId(document.getId()).taskDefinitionKey(step).singleResult();
    taskService.complete(task.getId(), answers);
  }
}
