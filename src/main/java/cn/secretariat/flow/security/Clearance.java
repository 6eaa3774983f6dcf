package cn.secretariat.flow.security;

import cn.secretariat.flow.document.Classification;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Clearance levels (保密资格). A user is cleared to a level by membership in that level's group (type
 * {@value #GROUP_TYPE}); a whole working group can be cleared in configuration
 * ({@code secretariat.security.group-clearance}). A clearance covers its level and every lower one.
 */
public enum Clearance {
  SECRET("clearance-secret", "可阅秘密级", Classification.SECRET),
  CONFIDENTIAL("clearance-confidential", "可阅机密级", Classification.CONFIDENTIAL),
  TOP_SECRET("clearance-top-secret", "可阅绝密级", Classification.TOP_SECRET);

  public static final String GROUP_TYPE = "clearance";

  private final String groupId;
  private final String groupName;
  private final Classification level;

  Clearance(String groupId, String groupName, Classification level) {
    this.groupId = groupId;
    this.groupName = groupName;
    this.level = level;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  public Classification level() {
    return level;
  }

  /** The clearance groups whose members may read an item of this classification. */
  public static List<String> groupsCleared(Classification classification) {
    return Arrays.stream(values()).filter(c -> c.level.compareTo(classification) >= 0).map(Clearance::groupId).toList();
  }

  public static Optional<Clearance> forLevel(Classification classification) {
    return Arrays.stream(values()).filter(c -> c.level == classification).findFirst();
  }
}
