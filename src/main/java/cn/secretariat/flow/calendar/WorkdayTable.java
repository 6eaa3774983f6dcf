package cn.secretariat.flow.calendar;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a date is a working day (工作日) in mainland China.
 *
 * <p>Precedence: the override table, then the State Council schedule as shipped in tyme4j
 * (statutory days off and 调休 make-up working days), then Monday to Friday. The override table
 * exists because the State Council publishes each year's schedule only in late autumn of the
 * previous year, and a library update may lag behind; it is also the place for local decisions
 * (e.g. an office closed for a move).
 */
public final class WorkdayTable {

    private static final Logger log = LoggerFactory.getLogger(WorkdayTable.class);

    private final Map<LocalDate, Boolean> overrides;
    private final Set<Integer> overrideYears;

    // Per-year snapshot of what tyme4j knows. Looking a date up in tyme4j runs a regular
    // expression over its embedded data (about half a millisecond per call), so each year is read
    // once and kept. The data is fixed inside the jar, hence shared by all tables.
    private static final Map<Integer, YearSchedule> TYME_SCHEDULES = new ConcurrentHashMap<>();

    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /** A table with no overrides: tyme4j and weekends only. */
    public WorkdayTable() {
        this(Map.of());
    }

    /**
     * @param overrides date → {@code true} for a working day, {@code false} for a day off; wins
     *     over everything else. Copied, so later changes to the map have no effect.
     */
    public WorkdayTable(Map<LocalDate, Boolean> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Map<LocalDate, Boolean> copy = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        overrides.forEach((date, working) -> {
            if (date == null || working == null) {
                throw new IllegalArgumentException("工作日调整表中不能有空的日期或取值：" + date + "=" + working);
            }
            copy.put(date, working);
            years.add(date.getYear());
        });
        this.overrides = Collections.unmodifiableMap(copy);
        this.overrideYears = Set.copyOf(years);
    }

    /** Whether {@code date} is a working day; warns once per year when guessing from weekdays. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Boolean override = overrides.get(date);
        if (override != null) {
            return override;
        }
        YearSchedule schedule = schedule(date.getYear());
        Boolean official = schedule.workByDate().get(date);
        if (official != null) {
            return official;
        }
        if (!schedule.published() && !overrideYears.contains(date.getYear())) {
            warnUnpublished(date.getYear());
        }
        return isWeekday(date);
    }

    /**
     * Whether an official schedule is known for {@code year}: tyme4j has at least one holiday or
     * make-up day in it, or the override table has at least one date in it.
     */
    public boolean isPublished(int year) {
        return overrideYears.contains(year) || schedule(year).published();
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private static YearSchedule schedule(int year) {
        return TYME_SCHEDULES.computeIfAbsent(year, WorkdayTable::readTyme);
    }

    private static YearSchedule readTyme(int year) {
        Map<LocalDate, Boolean> entries = new HashMap<>();
        // tyme4j only knows the Gregorian range it was built for; outside it there is nothing to read
        // and LocalDate's much wider range would otherwise walk into SolarDay's validation.
        if (year >= 1 && year <= 9999) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                LegalHoliday holiday = LegalHoliday.fromYmd(year, d.getMonthValue(), d.getDayOfMonth());
                if (holiday != null) {
                    entries.put(d, holiday.isWork());
                }
            }
        }
        return new YearSchedule(!entries.isEmpty(), Map.copyOf(entries));
    }

    private void warnUnpublished(int year) {
        // Set.add is atomic, so concurrent callers cannot both log for the same year.
        if (warnedYears.add(year)) {
            log.warn("No official working-day schedule (法定节假日及调休安排) is known for {}; "
                            + "treating Monday to Friday as working days and weekends as days off. "
                            + "Add the year's holidays and make-up working days to the override table "
                            + "(property secretariat.calendar.overrides) or upgrade tyme4j.",
                    year);
        }
    }

    private record YearSchedule(boolean published, Map<LocalDate, Boolean> workByDate) {
    }
}
