package cn.secretariat.flow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Adds permissions to a group's GRANT on one resource, creating the grant if absent and merging into it
 * otherwise, so that running the same policy twice (a restart, a second node, a retried job) adds nothing.
 */
final class Grants {

  private Grants() {
  }

  static void toGroup(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    boolean changed = false;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
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

  static void toUser(AuthorizationService authorizations, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).userIdIn(userId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    boolean changed = false;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setUserId(userId);
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
