package cn.secretariat.flow.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a clerk is told when someone else got there first. The races themselves are provoked over HTTP by
 * {@code cluster.ClusterIT} (20 parallel completions of one task on two nodes); here each answer is pinned
 * down deterministically, including the rare one where the winner's commit removed the task's grants
 * between the loser's read and its permission check.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConflictAnswersTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final BadInputMapper restMapper = new BadInputMapper();
  private final CompletedTaskMapper authorizationMapper = new CompletedTaskMapper();

  @Test
  void aConcurrentChangeIsA409WithAChineseExplanation() {
    Response answer = restMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity' failed"), "Cannot complete"));

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(BadInputMapper.CONFLICT);
  }

  @Test
  void aTaskCompletedByAnotherIsA404() {
    Response answer = restMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id 42: task is null"), "Cannot complete task 42"));

    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(BadInputMapper.TASK_GONE);
  }

  @Test
  void otherServerErrorsStayAsCamundaAnswersThem() {
    Response answer = restMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("executionId is null"), "Cannot complete task 42"));

    assertThat(answer.getStatus()).isEqualTo(500);
  }

  @Test
  void aPermissionRefusedOnATaskThatNoLongerExistsIsA404NotA403() {
    Response answer = authorizationMapper.toResponse(refusedOnTask("no-such-task"));

    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(BadInputMapper.TASK_GONE);
  }

  @Test
  void aPermissionRefusedOnAnExistingTaskStaysA403() {
    String document = runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY,
        java.util.Map.of("title", "关于报送立法计划建议的函", "sourceOrg", "省司法厅", "docType", "函", "urgency", "平件",
            "classification", "非密", "pages", 3)).getId();
    String task = taskService.createTaskQuery().processInstanceId(document).singleResult().getId();

    Response answer = authorizationMapper.toResponse(refusedOnTask(task));

    assertThat(answer.getStatus()).isEqualTo(403);
  }

  private static AuthorizationException refusedOnTask(String taskId) {
    return new AuthorizationException("clerk2", List.of(new MissingAuthorization("TASK_WORK", "Task", taskId)));
  }
}
