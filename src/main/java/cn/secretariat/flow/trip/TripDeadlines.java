package cn.secretariat.flow.trip;

import static cn.secretariat.flow.trip.ResearchTrip.Steps.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.escalation.ReminderPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Deadlines that hang off the trip's dates ({@code ${tripDeadlines.due(execution, 'plan')}}): the programme and
 * the notices counted back from the departure day, 服务保障 closing with the return day, the report counted
 * on from it; and the departure itself, when 服务保障 opens. A postponement recomputes them.
 */
@Component("tripDeadlines")
public class TripDeadlines {

  /** The steps whose deadline follows the trip's dates. */
  public static final Set<String> DATE_DRIVEN = Set.of(PLAN, SEND_NOTICES, ON_SITE, REPORT);

  private final TripProperties properties;
  private final WorkingCalendar calendar;
  private final ReminderPoint reminders;

  public TripDeadlines(TripProperties properties, WorkingCalendar calendar, ReminderPoint reminders) {
    this.properties = properties;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  public Date due(VariableScope trip, String step) {
    return Date.from(dueOf(trip, step));
  }

  public Date reminder(VariableScope trip, String step) {
    return Date.from(reminderFor(dueOf(trip, step)));
  }

  /** When 服务保障 opens: the departure day at the configured hour. */
  public Date departure(VariableScope trip) {
    return Date.from(departureOf(trip));
  }

  Instant departureOf(VariableScope trip) {
    return day(trip, ResearchTrip.Vars.DEPARTS_ON).atTime(properties.departureTime()).atZone(calendar.zone()).toInstant();
  }

  Instant reminderFor(Instant due) {
    return reminders.before(due);
  }

  Instant dueOf(VariableScope trip, String step) {
    Instant departure = departureOf(trip);
    LocalDate returnsOn = day(trip, ResearchTrip.Vars.RETURNS_ON);
    // the close of office on the return day (or the next working day when it is a holiday)
    Instant back = calendar.plusWorkingDays(returnsOn.minusDays(1).atStartOfDay(calendar.zone()).toInstant(), 1);
    return switch (step) {
      case PLAN -> calendar.workingDaysBefore(departure, properties.planDaysBefore());
      case SEND_NOTICES -> calendar.workingDaysBefore(departure, properties.noticeDaysBefore());
      case ON_SITE -> back;
      case REPORT -> calendar.plusWorkingDays(back, properties.reportDaysAfter());
      default -> throw new ProcessEngineException("步骤 " + step + " 的期限不随调研日期确定");
    };
  }

  private static LocalDate day(VariableScope trip, String name) {
    Object value = trip.getVariable(name);
    if (!(value instanceof String text)) {
      throw new ProcessEngineException("调研日期 " + name + " 未设置");
    }
    return LocalDate.parse(text);
  }
}
