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
 * @param taskListColumns    column variable → the process variables it copies, first present wins (标题 is
 *                           the document's title, or the meeting's name, or the follow-up item)
 * @param instanceManagers   process key → groups that may read and update its instances (e.g. reschedule or
 *                           cancel a meeting by message); only for processes without classified content
 */
@ConfigurationProperties("secretariat.security")
public record SecurityProperties(
    Map<String, Classification> groupClearance,
    @DefaultValue("confidential") String classifiedFallback,
    Map<String, List<String>> taskListColumns,
    Map<String, List<String>> instanceManagers) {

  public SecurityProperties {
    groupClearance = groupClearance == null ? Map.of() : Map.copyOf(groupClearance);
    taskListColumns = taskListColumns == null ? Map.of() : Map.copyOf(taskListColumns);
    instanceManagers = instanceManagers == null ? Map.of() : Map.copyOf(instanceManagers);
  }

  public boolean isCleared(String groupId, Classification classification) {
    Classification cleared = groupClearance.get(groupId);
    return cleared != null && cleared.compareTo(classification) >= 0;
  }
}
