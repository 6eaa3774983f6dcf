package cn.secretariat.flow.identity;

import static cn.secretariat.flow.identity.Groups.*;

import cn.secretariat.flow.security.Clearance;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The secretariat's working groups and the clearance groups, in every mode (production too): models,
 * filters and the access policy name them. Created if absent; people are added to them in Admin.
 */
@Component
public class OfficeGroups {

  static final List<String[]> WORKING_GROUPS = List.of(
      new String[] {CLERKS, "文秘"},
      new String[] {CONFIDENTIAL, "机要"},
      new String[] {CHIEFS, "秘书处处长"},
      new String[] {LEADERS, "秘书长及领导"},
      new String[] {SC_LEADERS, "常委会分管领导"},
      new String[] {SUPERVISORS, "督办"},
      new String[] {ARCHIVISTS, "档案"},
      new String[] {DUTY, "值班"});

  private final IdentityBootstrap identity;

  public OfficeGroups(IdentityBootstrap identity) {
    this.identity = identity;
  }

  @EventListener
  @Order(5)
  public void onReady(ApplicationReadyEvent event) {
    WORKING_GROUPS.forEach(g -> identity.groupIfAbsent(g[0], g[1], WORKFLOW_TYPE));
    for (Clearance clearance : Clearance.values()) {
      identity.groupIfAbsent(clearance.groupId(), clearance.groupName(), Clearance.GROUP_TYPE);
    }
  }
}
