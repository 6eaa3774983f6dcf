package cn.secretariat.flow.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.support.EngineClock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * History level {@code office}: what {@code full} keeps of a 来文 is kept (instance, steps, tasks, variables'
 * last values, user operations, each job run), and the rows nobody reads are not written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficeHistoryLevelTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void monday() {
    EngineClock.set("2026-11-16T10:00");
  }

  @AfterEach
  void reset() {
    EngineClock.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theEngineRunsAtOfficeWithFullsIdSoAFullDatabaseIsUsedAsItIs() {
    var level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    assertThat(level.getName()).isEqualTo("office");
    assertThat(level.getId()).isEqualTo(3);
    assertThat(managementService.getHistoryLevel()).isEqualTo(3);
  }

  @Test
  void keepsWhatFullKeepsLessVariableWritesJobCreationAndDeletionAndTheColumnCopies() {
    Map<String, Object> registration = new HashMap<>(Map.of("title", "关于历史记录的函", "sourceOrg", "省司法厅",
        "docType", "函", "urgency", "平件", "classification", "非密", "pages", 2));
    ProcessInstance document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, registration);
    String id = document.getId();
    Task summarize = taskService.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(taskService.getVariableLocal(summarize.getId(), "listTitle")).as("the column copy itself")
        .isEqualTo("关于历史记录的函");

    // the 催办 timer runs: its run is logged, its creation was not
    Job reminder = managementService.createJobQuery().processInstanceId(id).activityId("Timer_SummarizeReminder")
        .singleResult();
    EngineClock.set("2026-11-17T12:00");
    managementService.executeJob(reminder.getId());
    assertThat(historyService.createHistoricJobLogQuery().jobId(reminder.getId()).successLog().count()).isEqualTo(1);
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(id).creationLog().count()).isZero();

    // a variable written twice, then the step completed by a clerk
    runtimeService.setVariable(id, "title", "关于历史记录的函（更正）");
    identityService.setAuthentication("clerk1", java.util.List.of("clerks"));
    taskService.complete(summarize.getId(), Map.of("summary", "函请研提意见。"));
    identityService.clearAuthentication();

    // the 督办 timer of the finished step was deleted: no deletion row either
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(id).deletionLog().count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(id).count()).isZero();

    // kept: the variables' last values, the steps, the task with who did it, the user operation
    HistoricVariableInstance title = historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(id)
        .variableName("title").singleResult();
    assertThat(title.getValue()).isEqualTo("关于历史记录的函（更正）");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(id).variableName("summary")
        .singleResult().getValue()).isEqualTo("函请研提意见。");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(id)
        .variableNameIn("listTitle", "listUrgency").count()).as("copies of title and urgency").isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("summarize")
        .finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(summarize.getId()).finished().singleResult()
        .getEndTime()).isNotNull();
    assertThat(historyService.createUserOperationLogQuery().taskId(summarize.getId()).operationType("Complete")
        .singleResult().getUserId()).isEqualTo("clerk1");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
        .isNotNull();
  }
}
