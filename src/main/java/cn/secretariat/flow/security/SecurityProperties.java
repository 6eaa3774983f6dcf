package cn.secretariat.flow.security;

import cn.secretariat.flow.document.Classification;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.security.*}
 *
 * @param groupClearance     working group → the highest 密级 its members may all read (e.g. leaders: 绝密)
 * @param classifiedFallback who receives a classified task when none of its candidates is cleared (机要)
 * @param taskListVariables  variables copied onto each task for the columns of Tasklist's filters
 * @param instanceManagers   process key → groups that may read and update its instances (e.g. reschedule or
 *                           cancel a meeting by message); only for processes without classified content
 */
@ConfigurationProperties("secretariat.security")
public record SecurityProperties(
    Map<String, Classification> groupClearance,
    @DefaultValue("confidential") String classifiedFallback,
    @DefaultValue({"title", "urgency"}) List<String> taskListVariables,
    Map<String, List<String>> instanceManagers) {

  public SecurityProperties {
    groupClearance = groupClearance == null ? Map.of() : Map.copyOf(groupClearance);
    taskListVariables = List.copyOf(taskListVariables);
    instanceManagers = instanceManagers == null ? Map.of() : Map.copyOf(instanceManagers);
  }

  public boolean isCleared(String groupId, Classification classification) {
    Classification cleared = groupClearance.get(groupId);
    return cleared != null && cleared.compareTo(classification) >= 0;
  }
}
