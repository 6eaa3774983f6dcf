package cn.secretariat.flow.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.calendar.*}: the zone deadlines are computed in, the daily office hours, and an
 * override table for days the official schedule (tyme4j's LegalHoliday) does not know yet.
 *
 * @param zone        deadlines are computed here whatever the JVM default zone is
 * @param officeHours periods like {@code 09:00-12:00}
 * @param overrides   date → {@code WORK} (e.g. a newly announced 调休 Saturday) or {@code OFF}
 */
@ConfigurationProperties("secretariat.calendar")
public record CalendarProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue({"09:00-12:00", "13:30-17:30"}) List<String> officeHours,
    Map<LocalDate, DayKind> overrides) {

  public enum DayKind { WORK, OFF }

  public CalendarProperties {
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }
}
