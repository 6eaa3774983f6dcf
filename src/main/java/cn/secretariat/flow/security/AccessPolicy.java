package cn.secretariat.flow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each group may do, beyond the per-document grants of {@link DocumentAccess}; applied on every start,
 * merging into existing grants. Administrators ({@code camunda-admin}) hold everything through Camunda's own
 * admin grants and are the only ones who deploy, manage users or open Admin.
 * <ul>
 *   <li>every working group and department: Tasklist, reading process models (for the diagram), users and
 *       groups (for names in Tasklist);</li>
 *   <li>the groups a model names in {@code camunda:candidateStarterGroups}: starting that process;</li>
 *   <li>supervisors: Cockpit and reading deployments; the documents themselves per instance;</li>
 *   <li>{@code secretariat.security.instance-managers}: reading and updating every instance of a process
 *       (meetings: 改期 and 取消 by message).</li>
 * </ul>
 * Work on tasks comes from being a candidate (Camunda grants it with the identity link); reading documents
 * comes from {@link DocumentAccess}. A department added later in Admin gets its grants at the next start, or
 * by hand in Admin → Authorizations.
 */
@Component
public class AccessPolicy {

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;

  private final SecurityProperties properties;

  public AccessPolicy(AuthorizationService authorizations, IdentityService identityService,
      RepositoryService repositoryService, SecurityProperties properties) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.properties = properties;
  }

  @EventListener
  @Order(30)
  public void onReady(ApplicationReadyEvent event) {
    for (String group : staffGroups()) {
      Grants.toGroup(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      Grants.toGroup(authorizations, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      Grants.toGroup(authorizations, group, Resources.USER, ANY, Permissions.READ);
      Grants.toGroup(authorizations, group, Resources.GROUP, ANY, Permissions.READ);
    }
    Grants.toGroup(authorizations, Groups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    Grants.toGroup(authorizations, Groups.SUPERVISORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    properties.instanceManagers().forEach((processKey, groups) -> groups.forEach(group -> Grants.toGroup(authorizations,
        group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE)));
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      for (IdentityLink starter : repositoryService.getIdentityLinksForProcessDefinition(definition.getId())) {
        if (starter.getGroupId() != null) {
          Grants.toGroup(authorizations, starter.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(),
              ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
          Grants.toGroup(authorizations, starter.getGroupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
      }
    }
  }

  private List<String> staffGroups() {
    List<String> ids = new ArrayList<>();
    for (String type : List.of(Groups.WORKFLOW_TYPE, Departments.GROUP_TYPE)) {
      identityService.createGroupQuery().groupType(type).list().stream().map(Group::getId).forEach(ids::add);
    }
    return ids;
  }
}
