package cn.secretariat.flow.duty;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.secretariat.flow.security.DocumentAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filter 值班值守: every open duty task the user is assignee or candidate of, in person or through a
 * group. The leader in charge is made a candidate in person (紧急, 重大, 督办), which 本组待办 does not show.
 * Read by the duty officers, the leader groups and the roster managers; created if absent, by name.
 */
@Component
public class DutyFilter {

  static final String NAME = "值班值守";
  private static final String ME = "${currentUser()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final DutyProperties properties;

  public DutyFilter(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      DutyProperties properties) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.properties = properties;
  }

  @EventListener
  @Order(25)
  public void onReady(ApplicationReadyEvent event) {
    List<Filter> existing = filterService.createFilterQuery().filterName(NAME).list();
    Filter filter = existing.isEmpty() ? create() : existing.get(0);
    List<String> readers = new ArrayList<>(List.of(properties.officerGroup()));
    properties.leaderGroups().forEach(readers::add);
    properties.rosterManagers().forEach(readers::add);
    for (String group : readers.stream().distinct().toList()) {
      if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .groupIdIn(group).count() == 0) {
        Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filter.getId());
        grant.setGroupId(group);
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
      }
    }
  }

  private Filter create() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", "值班来电来文与交接班中由我办理或我可签收的待办");
    properties.put("priority", 15);
    properties.put("color", "#b03a2e");
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        Map.of("name", DocumentAccess.LIST_TITLE, "label", "标题"),
        Map.of("name", DocumentAccess.LIST_URGENCY, "label", "紧急程度")));
    var query = taskService.createTaskQuery()
        .processDefinitionKeyIn(DutyCall.PROCESS_KEY, DutyCall.HANDOVER_KEY)
        .or().taskAssigneeExpression(ME).taskCandidateUserExpression(ME).includeAssignedTasks().endOr();
    return filterService.saveFilter(filterService.newTaskFilter(NAME).setQuery(query).setProperties(properties));
  }
}
