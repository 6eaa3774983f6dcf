package cn.secretariat.flow.security;

import cn.secretariat.flow.document.Classification;
import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's own grants for a task's assignee and candidates, plus the right to read the task's variables:
 * with {@code enforceSpecificVariablePermission} a candidate could otherwise see the task but not fill in its
 * form. The grant comes and goes with the identity link, like Camunda's.
 */
public class CandidateAuthorizationProvider extends DefaultAuthorizationProvider {

  private final DocumentAccess documentAccess;

  public CandidateAuthorizationProvider(DocumentAccess documentAccess) {
    this.documentAccess = documentAccess;
  }

  /**
   * No grant for a group that is not cleared for the task's document: Camunda never takes a task grant back
   * when a candidate group is removed, so an uncleared group must not get one in the first place
   * ({@link DocumentAccess} then puts the group's cleared members in its place).
   */
  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    Classification level = DocumentAccess.classificationOf((TaskEntity) task);
    if (level != Classification.UNCLASSIFIED && !documentAccess.isGroupCleared(groupId, level)) {
      return null;
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  /** Likewise for a person made candidate, assignee or owner of a classified task. */
  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return clearedUser(task, userId) ? super.newTaskUserIdentityLink(task, userId, type) : null;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return clearedUser(task, newAssignee) ? super.newTaskAssignee(task, oldAssignee, newAssignee) : null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return clearedUser(task, newOwner) ? super.newTaskOwner(task, oldOwner, newOwner) : null;
  }

  private boolean clearedUser(Task task, String userId) {
    Classification level = DocumentAccess.classificationOf((TaskEntity) task);
    return userId == null || level == Classification.UNCLASSIFIED || documentAccess.isUserCleared(userId, level);
  }

  @Override
  protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId,
      Resource resource, boolean isHistoric, Permission... permissions) {
    Permission readVariables = isHistoric || resource == Resources.HISTORIC_TASK
        ? HistoricTaskPermissions.READ_VARIABLE : TaskPermissions.READ_VARIABLE;
    Permission[] withVariables = Stream.concat(Arrays.stream(permissions), Stream.of(readVariables))
        .toArray(Permission[]::new);
    return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, withVariables);
  }
}
