package cn.secretariat.flow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.support.EngineClock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo staff and the Tasklist filters: created once, safe to create again, and showing the right tasks. */
@SpringBootTest
@ActiveProfiles("test")
class StaffAndFiltersTest {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DemoStaff demoStaff;
  @Autowired TaskFilters taskFilters;

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    EngineClock.reset();
  }

  @Test
  void demoStaffHaveTheirRolesAndCanLogIn() {
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CLERKS).list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder("clerk1", "clerk2", "secret1");
    assertThat(identityService.createUserQuery().userId("secret1").memberOfGroup(Groups.CONFIDENTIAL).count()).isOne();
    for (String id : List.of("chief", "leader", "supervisor", "archivist", "duty", "legal1")) {
      assertThat(identityService.checkPassword(id, "test-only")).as("login of %s", id).isTrue();
    }
    assertThat(identityService.createUserQuery().userId("leader").singleResult())
        .extracting(u -> u.getFirstName() + " " + u.getLastName()).isEqualTo("刘建国 秘书长");
    assertThat(identityService.createGroupQuery().groupType(Departments.GROUP_TYPE).count()).isEqualTo(6);
  }

  @Test
  void runningTheBootstrapAgainChangesNothing() {
    long users = identityService.createUserQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup(Groups.CLERKS).count();
    long filters = filterService.createFilterQuery().count();
    long grants = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

    demoStaff.onReady(null);
    taskFilters.onReady(null);

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CLERKS).count()).isEqualTo(memberships);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count()).isEqualTo(grants);
  }

  @Test
  void everyoneMayReadTheCommonFiltersAndOnlySupervisorsAllIncoming() {
    for (String name : List.of(TaskFilters.MINE, TaskFilters.GROUP, TaskFilters.DUE_SOON, TaskFilters.OVERDUE)) {
      assertThat(authorizationService.isUserAuthorized("clerk1", List.of(Groups.CLERKS), Permissions.READ,
          Resources.FILTER, filter(name).getId())).as("clerk reads %s", name).isTrue();
    }
    // 全部来文 is granted to the supervisors' group only, not to everyone
    List<Authorization> grants = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filter(TaskFilters.ALL_INCOMING).getId()).list();
    assertThat(grants).singleElement().satisfies(grant -> {
      assertThat(grant.getGroupId()).isEqualTo(Groups.SUPERVISORS);
      assertThat(grant.getUserId()).isNull();
      assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    });
    assertThat(filter(TaskFilters.MINE).getProperties()).containsEntry("variables", List.of(
        Map.of("name", "listTitle", "label", "标题"), Map.of("name", "listUrgency", "label", "紧急程度")));
  }

  @Test
  void dueSoonAndOverdueFiltersFollowWorkingDays() {
    // Friday 16:00: a 平件 summary registered now is due Monday 17:30, one working day away
    EngineClock.set("2026-11-20T16:00");
    String dueMonday = start("平件");
    EngineClock.set("2026-11-20T09:00");
    String overdueByThen = start("特急"); // due 11:00 Friday
    EngineClock.set("2026-11-20T16:30");

    identityService.setAuthentication("clerk2", List.of(Groups.CLERKS));
    assertThat(processInstancesOf(filterService.list(filter(TaskFilters.DUE_SOON).getId())))
        .contains(dueMonday).doesNotContain(overdueByThen);
    assertThat(processInstancesOf(filterService.list(filter(TaskFilters.OVERDUE).getId())))
        .contains(overdueByThen).doesNotContain(dueMonday);
    assertThat(processInstancesOf(filterService.list(filter(TaskFilters.GROUP).getId())))
        .contains(dueMonday, overdueByThen);

    identityService.setAuthentication("chief", List.of(Groups.CHIEFS));
    assertThat(processInstancesOf(filterService.list(filter(TaskFilters.OVERDUE).getId()))).doesNotContain(overdueByThen);
  }

  private String start(String urgency) {
    return runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, Map.of(
        "title", "关于征求条例草案意见的函", "sourceOrg", "省政府办公厅", "docType", "函",
        "urgency", urgency, "classification", "非密", "pages", 3)).getId();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  private static List<String> processInstancesOf(List<Task> tasks) {
    return tasks.stream().map(Task::getProcessInstanceId).toList();
  }
}
