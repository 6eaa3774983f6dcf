package cn.secretariat.flow.cluster;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.history-cleanup.*}: when Camunda may delete history whose time to live has passed.
 *
 * @param windowStart start of the nightly window, office time zone
 * @param windowEnd   its end, office time zone (before the start: the window runs past midnight)
 */
@ConfigurationProperties("secretariat.history-cleanup")
public record HistoryCleanupProperties(
    @DefaultValue("19:00") LocalTime windowStart,
    @DefaultValue("07:00") LocalTime windowEnd) {
}
