package cn.secretariat.flow.trip;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who approves a trip ({@code camunda:collection="${tripPlan.approvers(execution)}"}): 省内 the section chief
 * then the 秘书长; 省外 also the Standing Committee leader in charge (configurable, in order).
 */
@Component("tripPlan")
public class TripPlan {

  private final TripProperties properties;

  public TripPlan(TripProperties properties) {
    this.properties = properties;
  }

  public List<String> approvers(DelegateExecution execution) {
    boolean outOfProvince = ResearchTrip.Scope.OUT_OF_PROVINCE.label().equals(execution.getVariable(ResearchTrip.Vars.SCOPE));
    return outOfProvince ? properties.outOfProvinceApprovers() : properties.inProvinceApprovers();
  }

  /** The approving level as people call it (the group's name). */
  public String approverName(DelegateExecution execution, String groupId) {
    Group group = execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(groupId)
        .singleResult();
    return group == null ? groupId : group.getName();
  }
}
