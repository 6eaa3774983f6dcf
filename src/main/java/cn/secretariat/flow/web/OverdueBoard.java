package cn.secretariat.flow.web;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.calendar.WorkingTime;
import cn.secretariat.flow.security.DocumentAccess;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 逾期督办: the overdue tasks the current user may see, across all processes, most overdue first, with their
 * lateness in working time (working days of office hours, and the hours left over), counts per process and
 * per step, and the tasks due within one working day. The caller has set the engine's authentication, so
 * authorization checks decide what appears (a classified document never does for an uncleared user).
 *
 * <p>Built for a province's volume (benchmark scenario 3: 100,000 open tasks, 5,000 of them overdue): one
 * query lists the most overdue {@value #COUNTED} tasks for the counts, the items shown are a page of them,
 * and their columns and candidate groups are read with one query each, not one per task.
 */
@Component
public class OverdueBoard {

  /** Items shown per list unless the caller asks for another number (at most {@value #MAX_ITEMS}). */
  public static final int DEFAULT_ITEMS = 100;
  public static final int MAX_ITEMS = 1000;
  /** The counts per process and step cover at most this many overdue tasks (query-max-results-limit). */
  static final int COUNTED = 2000;

  public record Item(String taskId, String title, String process, String processKey, String step, String stepKey,
      String assignee, List<String> candidateGroups, String urgency, Date due, long overdueDays, long overdueHours,
      long overdueMinutes, String processInstanceId) {
  }

  /**
   * @param countsComplete false when more than {@value #COUNTED} tasks are overdue: the counts then cover the
   *                       most overdue {@value #COUNTED}; {@code overdueTotal} is always exact
   */
  public record Board(List<Item> overdue, long overdueTotal, List<Item> dueSoon, long dueSoonTotal,
      Map<String, Long> overdueByProcess, Map<String, Long> overdueByStep, boolean countsComplete, Date asOf) {
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingCalendar calendar;
  private final WorkingTime workingTime;

  public OverdueBoard(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, WorkingTime workingTime) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.workingTime = workingTime;
  }

  /** @param items how many tasks each list shows, 1 to {@value #MAX_ITEMS} (the controller checks it) */
  public Board board(int items) {
    Date now = ClockUtil.getCurrentTime();
    Map<String, ProcessDefinition> definitions = new HashMap<>();
    List<Task> overdue = taskService.createTaskQuery().dueBefore(now).orderByDueDate().asc().listPage(0, COUNTED);
    boolean complete = overdue.size() < COUNTED;
    long overdueTotal = complete ? overdue.size() : taskService.createTaskQuery().dueBefore(now).count();
    Map<String, Long> byProcess = new TreeMap<>();
    Map<String, Long> byStep = new TreeMap<>();
    for (Task task : overdue) {
      String process = processName(definition(definitions, task));
      byProcess.merge(process, 1L, Long::sum);
      byStep.merge(process + " · " + task.getName(), 1L, Long::sum);
    }
    List<Task> dueSoon = taskService.createTaskQuery().dueAfter(now).dueBefore(workingTime.withinOneWorkingDay())
        .orderByDueDate().asc().listPage(0, items);
    long dueSoonTotal = dueSoon.size() < items ? dueSoon.size() : taskService.createTaskQuery().dueAfter(now)
        .dueBefore(workingTime.withinOneWorkingDay()).count();
    return new Board(items(overdue.subList(0, Math.min(items, overdue.size())), definitions, now), overdueTotal,
        items(dueSoon, definitions, now), dueSoonTotal, byProcess, byStep, complete, now);
  }

  private ProcessDefinition definition(Map<String, ProcessDefinition> definitions, Task task) {
    return task.getProcessDefinitionId() == null ? null
        : definitions.computeIfAbsent(task.getProcessDefinitionId(), repositoryService::getProcessDefinition);
  }

  private static String processName(ProcessDefinition definition) {
    return definition == null ? "" : definition.getName();
  }

  private List<Item> items(List<Task> tasks, Map<String, ProcessDefinition> definitions, Date now) {
    if (tasks.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> ids = tasks.stream().map(Task::getId).toList();
    Map<String, Map<String, Object>> columns = columns(ids);
    Map<String, List<String>> groups = candidateGroups(ids);
    long perDay = calendar.officeHoursPerDay().toMinutes();
    List<Item> items = new ArrayList<>();
    for (Task task : tasks) {
      ProcessDefinition definition = definition(definitions, task);
      Map<String, Object> values = columns.getOrDefault(task.getId(), Map.of());
      long minutes = calendar.officeTimeBetween(task.getDueDate().toInstant(), now.toInstant()).toMinutes();
      items.add(new Item(task.getId(), (String) values.get(DocumentAccess.LIST_TITLE), processName(definition),
          definition == null ? "" : definition.getKey(), task.getName(), task.getTaskDefinitionKey(),
          task.getAssignee(), groups.getOrDefault(task.getId(), List.of()),
          (String) values.get(DocumentAccess.LIST_URGENCY), task.getDueDate(), minutes / perDay,
          (minutes % perDay) / 60, minutes % 60, task.getProcessInstanceId()));
    }
    return items;
  }

  /** The tasks' title and urgency copies, in one query that checks the caller's right to read them. */
  private Map<String, Map<String, Object>> columns(List<String> taskIds) {
    Map<String, Map<String, Object>> columns = new HashMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .taskIdIn(taskIds.toArray(String[]::new))
        .variableNameIn(DocumentAccess.LIST_TITLE, DocumentAccess.LIST_URGENCY).disableBinaryFetching().list()) {
      columns.computeIfAbsent(variable.getTaskId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
    }
    return columns;
  }

  /**
   * The tasks' candidate groups in one read. The caller may see these tasks (the task query checked it), and
   * whoever may see a task may see its candidates (Tasklist shows them), so the engine's per-task call is
   * not needed for the check.
   */
  private Map<String, List<String>> candidateGroups(List<String> taskIds) {
    Map<String, List<String>> groups = new HashMap<>();
    jdbc.query("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL"
        + " AND TASK_ID_ IN (:ids) ORDER BY GROUP_ID_", Map.of("ids", taskIds),
        (RowCallbackHandler) rs -> groups.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2)));
    return groups;
  }
}
