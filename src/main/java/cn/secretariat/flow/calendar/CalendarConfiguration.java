package cn.secretariat.flow.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the one {@link WorkingCalendar} that the engine, the deadlines and the filters share. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

  @Bean
  public WorkingCalendar workingCalendar(CalendarProperties properties) {
    Map<LocalDate, Boolean> overrides = properties.overrides().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() == CalendarProperties.DayKind.WORK));
    return new WorkingCalendar(properties.zone(), OfficeHours.parse(properties.officeHours()),
        new WorkdayTable(overrides));
  }

  @Bean
  public WorkingTimePlugin workingTimePlugin(WorkingCalendar workingCalendar) {
    return new WorkingTimePlugin(workingCalendar);
  }
}
