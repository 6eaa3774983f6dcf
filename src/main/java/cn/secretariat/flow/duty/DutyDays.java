package cn.secretariat.flow.duty;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.duty.DutyCall.Track;
import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Which track a day belongs to, and which duty day an instant falls in.
 *
 * <p>A statutory holiday day off (法定节假日, from the official table in tyme4j, e.g. 2026-10-01..07 国庆节, the
 * weekend days inside it included) is 节假日值守; so is a weekday the office's override table declares off
 * ({@code secretariat.calendar.overrides}, e.g. a holiday of a year tyme4j does not know yet). Everything else,
 * ordinary Saturdays and Sundays and 调休 make-up working days included, is 日常值班: the roster still names an
 * officer for a weekend, a leader in charge is optional.
 *
 * <p>The duty day changes at the shift change ({@code secretariat.duty.shift-change}, 08:30): a call at 02:00
 * on 2026-10-03 belongs to the duty of 2026-10-02.
 */
@Component
public class DutyDays {

  private final WorkingCalendar calendar;
  private final DutyProperties properties;

  public DutyDays(WorkingCalendar calendar, DutyProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  public Track trackOf(LocalDate date) {
    return holidayName(date) != null ? Track.HOLIDAY : Track.ORDINARY;
  }

  /** The holiday's name (国庆节) on a 节假日值守 day, otherwise null. */
  public String holidayName(LocalDate date) {
    if (calendar.isWorkingDay(date)) {
      return null;
    }
    LegalHoliday holiday = date.getYear() >= 1 && date.getYear() <= 9999
        ? LegalHoliday.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) : null;
    if (holiday != null && !holiday.isWork()) {
      return holiday.getName();
    }
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? null : "休息日";
  }

  /** The duty day {@code instant} belongs to. */
  public LocalDate dutyDayAt(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, calendar.zone());
    return local.toLocalTime().isBefore(properties.shiftChange()) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
  }

  /** When the duty of {@code date} begins. */
  public Instant shiftChangeOn(LocalDate date) {
    return ZonedDateTime.of(date, properties.shiftChange(), calendar.zone()).toInstant();
  }

  /**
   * The cron of the daily 交接班 timer ({@code ${dutyDays.handoverCron()}}): Camunda reads cron in the JVM's zone,
   * so the shift change (08:30 in {@code secretariat.calendar.zone}) is turned into the JVM's wall-clock time, e.g.
   * {@code 0 30 0 * * ?} when the JVM runs in UTC. Exact for zones without daylight saving, such as Asia/Shanghai.
   */
  public String handoverCron() {
    LocalDateTime jvmLocal = LocalDateTime.ofInstant(shiftChangeOn(LocalDate.now(calendar.zone())),
        ZoneId.systemDefault());
    return jvmLocal.getSecond() + " " + jvmLocal.getMinute() + " " + jvmLocal.getHour() + " * * ?";
  }
}
