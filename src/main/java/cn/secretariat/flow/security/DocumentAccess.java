package cn.secretariat.flow.security;

import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.identity.Groups;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may read a document, decided by its 密级 ({@code classification}) whenever one of its tasks is created.
 * <ul>
 *   <li>非密: the supervisors read the instance, its history and the task;</li>
 *   <li>秘密 and above: only the cleared read them: the clearance groups of that level and above, and the
 *       working groups cleared as a whole ({@code secretariat.security.group-clearance}). The task's candidates
 *       are narrowed to cleared people: an uncleared candidate group is replaced by its cleared members, or,
 *       when it has none, by the 机要 group ({@code secretariat.security.classified-fallback}).</li>
 * </ul>
 * Candidates read the task and its variables through {@link CandidateAuthorizationProvider}. Grants go to groups, so a clearance given or taken
 * away in Admin counts from the next request; candidate users are chosen when the task is created.
 */
@Component
public class DocumentAccess {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentAccess.class);
  public static final String CLASSIFICATION = "classification";

  private final SecurityProperties properties;

  public DocumentAccess(SecurityProperties properties) {
    this.properties = properties;
  }

  public static Classification classificationOf(VariableScope scope) {
    return Classification.fromLabel(scope.getVariable(CLASSIFICATION)).orElse(Classification.UNCLASSIFIED);
  }

  /** Built into every user task's create event by {@link DocumentAccessPlugin}. */
  public void onTaskCreated(DelegateTask task) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      Classification level = classificationOf(task);
      if (level != Classification.UNCLASSIFIED) {
        narrowCandidates(task, level);
      }
      grantReaders(task, level);
      copyListColumns(task);
      return null;
    });
  }

  /**
   * Tasklist's filters show 标题 and 紧急程度 beside each task. With specific variable permissions a process
   * variable is readable only through the definition, which would open every document to everyone; a copy
   * local to the task is read with the task's own READ_VARIABLE, so each person sees the columns of exactly
   * the tasks they may see. The copy has a name of its own ({@code listTitle}): under the same name it would
   * shadow the process variable for a form that edits it.
   */
  private void copyListColumns(DelegateTask task) {
    properties.taskListColumns().forEach((column, sources) -> sources.stream()
        .map(task::getVariable).filter(value -> value != null).findFirst()
        .ifPresent(value -> task.setVariableLocal(column, value)));
  }

  /** The columns Tasklist's filters show (secretariat.security.task-list-columns). */
  public static final String LIST_TITLE = "listTitle";
  public static final String LIST_URGENCY = "listUrgency";

  /** Adds a candidate group the way the document's 密级 allows (督办 adds the supervisors this way). */
  public void addCandidateGroup(ProcessEngineServices services, String taskId, Classification level, String groupId) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      TaskService tasks = services.getTaskService();
      if (level == Classification.UNCLASSIFIED || isGroupCleared(groupId, level)) {
        tasks.addCandidateGroup(taskId, groupId);
      } else {
        clearedMembers(services.getIdentityService(), groupId, level)
            .forEach(user -> tasks.addCandidateUser(taskId, user));
      }
      return null;
    });
  }

  private void narrowCandidates(DelegateTask task, Classification level) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // an uncleared assignee (e.g. the drafter of a document that became classified) could not open the
    // task anyway: leave it to the cleared candidates
    if (task.getAssignee() != null && !isUserCleared(task.getAssignee(), level)) {
      LOG.info("Classified task {} ({}): assignee {} is not cleared, task left to cleared candidates", task.getId(),
          level.label(), task.getAssignee());
      task.setAssignee(null);
    }
    // the task is not flushed yet: its new links are only in the entity's own list, which is where
    // TaskService#deleteCandidateGroup would not look
    TaskEntity entity = (TaskEntity) task;
    for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
      String group = link.getGroupId();
      if (group == null || !IdentityLinkType.CANDIDATE.equals(link.getType()) || isGroupCleared(group, level)) {
        continue;
      }
      link.delete();
      entity.getIdentityLinks().remove(link);
      Set<String> cleared = clearedMembers(identity, group, level);
      if (cleared.isEmpty()) {
        LOG.info("Classified task {} ({}): no cleared member in {}, given to {}", task.getId(), level.label(), group,
            properties.classifiedFallback());
        task.addCandidateGroup(properties.classifiedFallback());
      } else {
        task.addCandidateUsers(cleared);
      }
    }
  }

  private Set<String> clearedMembers(IdentityService identity, String group, Classification level) {
    Set<String> cleared = new LinkedHashSet<>();
    for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
      for (String clearanceGroup : clearedGroups(level)) {
        if (identity.createUserQuery().userId(member.getId()).memberOfGroup(clearanceGroup).count() > 0) {
          cleared.add(member.getId());
          break;
        }
      }
    }
    return cleared;
  }

  public boolean isGroupCleared(String groupId, Classification level) {
    return Clearance.groupsCleared(level).contains(groupId) || properties.isCleared(groupId, level);
  }

  /** Whether a person may read an item of this level (asked of the identity service each time). */
  public boolean isUserCleared(String userId, Classification level) {
    IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    return Context.getCommandContext().runWithoutAuthorization(() -> clearedGroups(level).stream()
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }

  /** The groups whose members may read an item of this level. */
  public List<String> clearedGroups(Classification level) {
    Set<String> groups = new LinkedHashSet<>(Clearance.groupsCleared(level));
    properties.groupClearance().keySet().stream().filter(g -> properties.isCleared(g, level)).forEach(groups::add);
    return List.copyOf(groups);
  }

  private void grantReaders(DelegateTask task, Classification level) {
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    List<String> readers = level == Classification.UNCLASSIFIED ? List.of(Groups.SUPERVISORS) : clearedGroups(level);
    String instance = task.getProcessInstanceId();
    Set<String> candidateGroups = new LinkedHashSet<>();
    task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).forEach(candidateGroups::add);
    for (String group : readers) {
      Grants.toGroup(authorizations, group, Resources.PROCESS_INSTANCE, instance, Permissions.READ);
      Grants.toGroup(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instance,
          HistoricProcessInstancePermissions.READ);
      // a candidate group already holds the engine's grant on this task (CandidateAuthorizationProvider),
      // still unflushed: a second one would collide with it
      if (!candidateGroups.contains(group)) {
        Grants.toGroup(authorizations, group, Resources.TASK, task.getId(), TaskPermissions.READ,
            TaskPermissions.READ_VARIABLE);
        Grants.toGroup(authorizations, group, Resources.HISTORIC_TASK, task.getId(), HistoricTaskPermissions.READ,
            HistoricTaskPermissions.READ_VARIABLE);
      }
    }
  }
}
