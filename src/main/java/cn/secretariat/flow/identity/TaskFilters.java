package cn.secretariat.flow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.security.DocumentAccess;
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
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters (我的待办, 本组待办, 即将到期, 已逾期 for everyone; 全部来文 for supervisors), each with the
 * columns 标题 and 紧急程度 (read from the task's own copies, see {@link DocumentAccess}). Created on every start if absent (found by name), with READ granted; a filter an
 * administrator edited is left as it is.
 */
@Component
public class TaskFilters {

  static final String MINE = "我的待办";
  static final String GROUP = "本组待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已逾期";
  static final String ALL_INCOMING = "全部来文";

  private static final String ME = "${currentUser()}";
  private static final String MY_GROUPS = "${currentUserGroups()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener
  @Order(20)
  public void onReady(ApplicationReadyEvent event) {
    filterIfAbsent(MINE, 10, "#2f6fb0", "由我办理的待办",
        taskService.createTaskQuery().taskAssigneeExpression(ME), ANY);
    filterIfAbsent(GROUP, 20, "#3c8d5a", "本组可签收的待办",
        taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks(), ANY);
    filterIfAbsent(DUE_SOON, 30, "#d68910", "一个工作日内到期、尚未逾期的待办",
        mineOrMyGroups().dueAfterExpression("${now()}").dueBeforeExpression("${workingTime.withinOneWorkingDay()}"), ANY);
    filterIfAbsent(OVERDUE, 40, "#c0392b", "已超过办理时限的待办",
        mineOrMyGroups().dueBeforeExpression("${now()}"), ANY);
    filterIfAbsent(ALL_INCOMING, 50, "#6c3483", "全部在办来文（督办）",
        taskService.createTaskQuery().processDefinitionKey(IncomingDocument.PROCESS_KEY), Groups.SUPERVISORS);
  }

  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery()
        .or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().endOr();
  }

  private void filterIfAbsent(String name, int priority, String color, String description, TaskQuery query,
      String readers) {
    List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
    Filter filter = existing.isEmpty() ? create(name, priority, color, description, query) : existing.get(0);
    grantReadIfAbsent(filter.getId(), readers);
  }

  private Filter create(String name, int priority, String color, String description, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        Map.of("name", DocumentAccess.LIST_TITLE, "label", "标题"),
        Map.of("name", DocumentAccess.LIST_URGENCY, "label", "紧急程度")));
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter);
  }

  private void grantReadIfAbsent(String filterId, String readers) {
    boolean everyone = ANY.equals(readers);
    var query = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId);
    if ((everyone ? query.userIdIn(ANY) : query.groupIdIn(readers)).count() > 0) {
      return;
    }
    Authorization grant = authorizationService.createNewAuthorization(everyone ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filterId);
    grant.addPermission(Permissions.READ);
    if (!everyone) {
      grant.setGroupId(readers);
    }
    authorizationService.saveAuthorization(grant);
  }
}
