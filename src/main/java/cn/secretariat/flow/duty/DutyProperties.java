package cn.secretariat.flow.duty;

import cn.secretariat.flow.duty.DutyCall.Urgency;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.duty.*}: the duty desk. Every time limit here is <b>natural time</b>, around the clock
 * (duty keeps no office hours), per urgency {@code normal} 一般 / {@code urgent} 紧急 / {@code critical} 重大.
 *
 * @param shiftChange     when the duty day changes (in {@code secretariat.calendar.zone}); before it the previous
 *                        day's duty is still on, and the 交接班 opens at it
 * @param officerGroup    the duty officers' group: candidates of every duty task, starters of 值班来电来文
 * @param leaderGroup     candidates in place of the leader in charge when the roster names none
 * @param leaderGroups    the groups a 带班领导 may come from
 * @param rosterManagers  the groups that maintain the roster ({@code PUT /api/duty/roster/{date}})
 * @param forward         转报: from registration
 * @param handle          办理: from 转报
 * @param reply           答复: from 办理
 * @param handoverWithin  交接班确认: from the shift change
 */
@ConfigurationProperties("secretariat.duty")
public record DutyProperties(
    @DefaultValue("08:30") LocalTime shiftChange,
    @DefaultValue("duty") String officerGroup,
    @DefaultValue("leaders") String leaderGroup,
    @DefaultValue({"leaders", "chiefs"}) List<String> leaderGroups,
    @DefaultValue({"chiefs", "camunda-admin"}) List<String> rosterManagers,
    Map<Urgency, Duration> forward,
    Map<Urgency, Duration> handle,
    Map<Urgency, Duration> reply,
    @DefaultValue("PT1H") Duration handoverWithin) {

  public DutyProperties {
    forward = withDefaults(forward, "PT2H", "PT15M", "PT5M");
    handle = withDefaults(handle, "PT24H", "PT2H", "PT1H");
    reply = withDefaults(reply, "PT4H", "PT1H", "PT30M");
  }

  private static Map<Urgency, Duration> withDefaults(Map<Urgency, Duration> configured, String normal, String urgent,
      String critical) {
    Map<Urgency, Duration> limits = new EnumMap<>(Urgency.class);
    limits.put(Urgency.NORMAL, Duration.parse(normal));
    limits.put(Urgency.URGENT, Duration.parse(urgent));
    limits.put(Urgency.CRITICAL, Duration.parse(critical));
    if (configured != null) {
      limits.putAll(configured);
    }
    limits.forEach((urgency, limit) -> {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("secretariat.duty: 时限须为正（" + urgency.label() + "：" + limit + "）");
      }
    });
    return Map.copyOf(limits);
  }
}
