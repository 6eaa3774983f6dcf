package cn.secretariat.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine checks authorizations without Camunda's whole-table group pre-filter, and decides as before: a
 * group that holds no authorization changes nothing, a group that holds one still counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorizationTuningTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void theEngineUsesTheManagerWithoutGroupPrefilter() {
    var factories = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories();
    assertThat(factories.get(AuthorizationManager.class).openSession())
        .isInstanceOf(GroupFilterlessAuthorizationManager.class);
    GroupFilterlessAuthorizationManager manager = new GroupFilterlessAuthorizationManager();
    assertThat(manager.filterAuthenticatedGroupIds(List.of("clerks", "no-grants"))).containsExactly("clerks", "no-grants");
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void decisionsAreTheSameWithGroupsThatHoldNoAuthorization() {
    String id = runtimeService.startProcessInstanceByKey("incoming-document", Map.of("title", "关于授权检查的函",
        "sourceOrg", "省司法厅", "docType", "函", "urgency", "平件", "classification", "非密", "pages", 1)).getId();

    identityService.setAuthentication("clerk2", List.of("clerks", "a-group-without-grants"));
    assertThat(taskService.createTaskQuery().processInstanceId(id).count()).as("clerks are candidates").isEqualTo(1);

    identityService.setAuthentication("legal1", List.of("dept-legal", "a-group-without-grants"));
    assertThat(taskService.createTaskQuery().processInstanceId(id).count()).as("not yet the department's").isZero();

    identityService.setAuthentication("nobody", List.of("a-group-without-grants"));
    assertThat(taskService.createTaskQuery().processInstanceId(id).count()).isZero();
  }
}
