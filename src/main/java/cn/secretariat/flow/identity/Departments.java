package cn.secretariat.flow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The departments that handle documents (承办单位): identity groups of type {@value #GROUP_TYPE}, kept by
 * administrators in Camunda Admin, so a new committee office needs no release.
 */
@Component("departments")
public class Departments {

  public static final String GROUP_TYPE = "department";

  private final IdentityService identityService;

  public Departments(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Group id → display name, ordered by id. */
  public Map<String, String> all() {
    Map<String, String> byId = new LinkedHashMap<>();
    List<Group> groups = identityService.createGroupQuery().groupType(GROUP_TYPE).orderByGroupId().asc().list();
    groups.forEach(group -> byId.put(group.getId(), group.getName()));
    return byId;
  }

  public String nameOf(String groupId) {
    return all().getOrDefault(groupId, groupId);
  }
}
