package cn.secretariat.flow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Adds permissions to a group's GRANT on one resource, creating the grant if absent and merging into it
 * otherwise, so that running the same policy twice (a restart, a second node, a retried job) adds nothing.
 */
final class Grants {

  private Grants() {
  }

  /**
   * A grant created earlier in the same engine command (two tasks of one instance created together, e.g. a
   * parallel multi-instance) is not in the database yet, so a query misses it and a second insert would
   * collide with it: find it among the entities waiting to be flushed.
   */
  private static AuthorizationEntity pending(Resource resource, String resourceId, String groupId, String userId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return null;
    }
    for (AuthorizationEntity entity : command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
      if (entity.getAuthorizationType() == AUTH_TYPE_GRANT && entity.getResourceType() == resource.resourceType()
          && Objects.equals(entity.getResourceId(), resourceId) && Objects.equals(entity.getGroupId(), groupId)
          && Objects.equals(entity.getUserId(), userId)) {
        return entity;
      }
    }
    return null;
  }

  static void toGroup(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(authorizations, groupId, null, resource, resourceId, permissions);
  }

  static void toUser(AuthorizationService authorizations, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(authorizations, null, userId, resource, resourceId, permissions);
  }

  private static void grant(AuthorizationService authorizations, String groupId, String userId, Resource resource,
      String resourceId, Permission... permissions) {
    AuthorizationEntity pending = pending(resource, resourceId, groupId, userId);
    if (pending != null) {
      for (Permission permission : permissions) {
        pending.addPermission(permission);
      }
      return;
    }
    var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(resource)
        .resourceId(resourceId);
    Authorization grant = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
    boolean changed = false;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      if (groupId != null) {
        grant.setGroupId(groupId);
      } else {
        grant.setUserId(userId);
      }
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}
