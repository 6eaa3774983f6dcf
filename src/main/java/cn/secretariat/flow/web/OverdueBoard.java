package cn.secretariat.flow.web;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.calendar.WorkingTime;
import cn.secretariat.flow.security.DocumentAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 逾期督办: every overdue task the current user may see, across all processes, with its lateness in working
 * time (working days of office hours, and the hours left over), counts per process and per step, and the
 * tasks due within one working day. The caller has set the engine's authentication, so authorization checks
 * decide what appears (a classified document never does for an uncleared user).
 */
@Component
public class OverdueBoard {

  /** Enough for any office; bounded so that a query never runs unbounded (query-max-results-limit). */
  static final int MAX_ITEMS = 1000;

  public record Item(String taskId, String title, String process, String processKey, String step, String stepKey,
      String assignee, List<String> candidateGroups, String urgency, Date due, long overdueDays, long overdueHours,
      long overdueMinutes, String processInstanceId) {
  }

  public record Board(List<Item> overdue, List<Item> dueSoon, Map<String, Long> overdueByProcess,
      Map<String, Long> overdueByStep, Date asOf) {
  }

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final WorkingCalendar calendar;
  private final WorkingTime workingTime;

  public OverdueBoard(TaskService taskService, RepositoryService repositoryService, WorkingCalendar calendar,
      WorkingTime workingTime) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.calendar = calendar;
    this.workingTime = workingTime;
  }

  public Board board() {
    Date now = ClockUtil.getCurrentTime();
    List<Item> overdue = items(taskService.createTaskQuery().dueBefore(now).orderByDueDate().asc()
        .listPage(0, MAX_ITEMS), now);
    List<Item> dueSoon = items(taskService.createTaskQuery().dueAfter(now)
        .dueBefore(workingTime.withinOneWorkingDay()).orderByDueDate().asc().listPage(0, MAX_ITEMS), now);
    overdue.sort(Comparator.comparing(Item::due));
    Map<String, Long> byProcess = new TreeMap<>();
    Map<String, Long> byStep = new TreeMap<>();
    for (Item item : overdue) {
      byProcess.merge(item.process(), 1L, Long::sum);
      byStep.merge(item.process() + " · " + item.step(), 1L, Long::sum);
    }
    return new Board(overdue, dueSoon, byProcess, byStep, now);
  }

  private List<Item> items(List<Task> tasks, Date now) {
    Map<String, ProcessDefinition> definitions = new LinkedHashMap<>();
    List<Item> items = new ArrayList<>();
    for (Task task : tasks) {
      ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
          : definitions.computeIfAbsent(task.getProcessDefinitionId(), repositoryService::getProcessDefinition);
      Map<String, Object> columns = taskService.getVariablesLocal(task.getId(),
          List.of(DocumentAccess.LIST_TITLE, DocumentAccess.LIST_URGENCY));
      Duration late = calendar.officeTimeBetween(task.getDueDate().toInstant(), now.toInstant());
      long perDay = calendar.officeHoursPerDay().toMinutes();
      long minutes = late.toMinutes();
      items.add(new Item(task.getId(), (String) columns.get(DocumentAccess.LIST_TITLE),
          definition == null ? "" : definition.getName(), definition == null ? "" : definition.getKey(),
          task.getName(), task.getTaskDefinitionKey(), task.getAssignee(), candidateGroups(task),
          (String) columns.get(DocumentAccess.LIST_URGENCY), task.getDueDate(), minutes / perDay,
          (minutes % perDay) / 60, minutes % 60, task.getProcessInstanceId()));
    }
    return items;
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

}
