package cn.secretariat.flow.calendar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-limit arithmetic (办理时限) on working days and office hours.
 *
 * <p>Every computation happens in the configured zone, never in the JVM default zone: the server
 * may run in UTC while the office keeps Beijing time, and a deadline must not move when the
 * server is redeployed elsewhere.
 *
 * <p>Office time is measured on the wall clock of the zone (a period 09:00–12:00 is three hours
 * even on a day a daylight-saving shift would make it longer or shorter); for Asia/Shanghai,
 * which has no daylight saving, the two notions coincide.
 */
public final class WorkingCalendar {

    /** The zone the secretariat keeps its office hours in. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Longest run of consecutive days off that is believed; beyond it the override table almost
     * certainly declares every day a holiday, and looping on would never end.
     */
    static final int MAX_DAYS_WITHOUT_WORK = 3660;

    /**
     * Largest time limit accepted, in working days (office time is capped at as many full days),
     * roughly fourteen years. Far beyond any real time limit, but it stops a typo such as
     * {@code P99999999D} from keeping a thread busy for minutes.
     */
    static final int MAX_WORKING_DAYS = 3660;

    private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d+)D");
    // At least one component after "PT"; Duration.parse alone would also accept days and signs
    // mixed in, which are not part of the supported vocabulary.
    private static final Pattern OFFICE_TIME =
            Pattern.compile("PT(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d{1,9})?S)?");

    private final ZoneId zone;
    private final OfficeHours hours;
    private final WorkdayTable days;

    public WorkingCalendar(ZoneId zone, OfficeHours hours, WorkdayTable days) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.days = Objects.requireNonNull(days, "days");
    }

    /** The office time of one working day (7 hours with the standard office hours). */
    public Duration officeHoursPerDay() {
        return hours.perDay();
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date);
    }

    /**
     * {@code P{n}D}: closing time of the n-th working day after the day {@code start} falls on.
     * The starting day never counts, so a document received at 08:00 or at 17:00 gets the same
     * deadline, and one received on a Saturday gets the same deadline as one received on Friday.
     */
    public Instant plusWorkingDays(Instant start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("工作日数必须至少为 1：" + n);
        }
        if (n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("期限过长：" + n + " 个工作日（最多 " + MAX_WORKING_DAYS + " 个）");
        }
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return at(day, hours.closing());
    }

    /**
     * Deadlines that hang off a later date (a meeting): the close of office hours of the n-th
     * working day before the day {@code anchor} falls on, counting backwards; the anchor's own day
     * does not count. A meeting on Friday 2026-10-09 with a notice 7 working days before it:
     * 10-08, 09-30, 09-29, 09-28, 09-24, 09-23, 09-22 (National Day and 中秋 are skipped), so the
     * notice is due 2026-09-22 17:30.
     */
    public Instant workingDaysBefore(Instant anchor, int n) {
        Objects.requireNonNull(anchor, "anchor");
        if (n < 1 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日数必须在 1 到 " + MAX_WORKING_DAYS + " 之间：" + n);
        }
        LocalDate day = LocalDate.ofInstant(anchor, zone);
        for (int i = 0; i < n; i++) {
            day = previousWorkingDay(day);
        }
        return at(day, hours.closing());
    }

    /**
     * {@code PT{n}H}: {@code d} of office time counted from {@code start}, or from the next
     * opening when {@code start} is outside office hours. Running out exactly at the end of a
     * period yields that end (e.g. 17:30 the same day), not the next opening, because the work
     * is due when the office closes rather than the next morning.
     */
    public Instant plusOfficeTime(Instant start, Duration d) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(d, "d");
        if (d.isNegative()) {
            throw new IllegalArgumentException("办公时长不能为负数：" + d);
        }
        Duration max = hours.perDay().multipliedBy(MAX_WORKING_DAYS);
        if (d.compareTo(max) > 0) {
            throw new IllegalArgumentException("期限过长：" + d + "（最多 " + max.toHours() + " 个工作小时）");
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        LocalDate origin = local.toLocalDate();
        LocalDate day = origin;
        LocalTime from = local.toLocalTime();
        if (!days.isWorkingDay(day)) {
            day = nextWorkingDay(day);
            from = LocalTime.MIN;
        }
        Duration remaining = d;
        while (true) {
            for (OfficeHours.Period p : hours.periods()) {
                if (!from.isBefore(p.end())) {
                    continue;
                }
                LocalTime begin = from.isAfter(p.start()) ? from : p.start();
                Duration available = Duration.between(begin, p.end());
                if (remaining.compareTo(available) <= 0) {
                    if (remaining.isZero() && begin.equals(from) && day.equals(origin)) {
                        // Inside office hours already: hand back the very instant given rather
                        // than a round trip through local time.
                        return start;
                    }
                    return at(day, begin.plus(remaining));
                }
                remaining = remaining.minus(available);
            }
            day = nextWorkingDay(day);
            from = LocalTime.MIN;
        }
    }

    /** Office time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration officeTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            for (OfficeHours.Period p : hours.periods()) {
                LocalDateTime periodStart = day.atTime(p.start());
                LocalDateTime periodEnd = day.atTime(p.end());
                LocalDateTime s = periodStart.isAfter(a) ? periodStart : a;
                LocalDateTime e = periodEnd.isBefore(b) ? periodEnd : b;
                if (s.isBefore(e)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    /**
     * Adds a time limit written as an ISO-8601 duration: {@code P{n}D} counts working days,
     * {@code PT..H..M..S} counts office time. Weeks, months, years and mixed day/time values are
     * rejected on purpose: their meaning in working days is a policy question nobody has decided.
     */
    public Instant plus(Instant start, String isoDuration) {
        Objects.requireNonNull(start, "start");
        if (isoDuration == null || isoDuration.isBlank()) {
            throw new IllegalArgumentException("期限不能为空（只支持 P{n}D 工作日或 PT{n}H 工作小时）");
        }
        String text = isoDuration.strip().toUpperCase(Locale.ROOT);
        Matcher daysMatcher = WORKING_DAYS.matcher(text);
        if (daysMatcher.matches()) {
            int n;
            try {
                n = Integer.parseInt(daysMatcher.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("期限过长：" + isoDuration, e);
            }
            if (n < 1) {
                throw new IllegalArgumentException("期限至少为 1 个工作日：" + isoDuration);
            }
            return plusWorkingDays(start, n);
        }
        if (OFFICE_TIME.matcher(text).matches()) {
            Duration d;
            try {
                d = Duration.parse(text);
            } catch (DateTimeException | ArithmeticException e) {
                throw new IllegalArgumentException("期限过长：" + isoDuration, e);
            }
            return plusOfficeTime(start, d);
        }
        throw new IllegalArgumentException(
                "不支持的期限格式：" + isoDuration + "（只支持 P{n}D 工作日或 PT{n}H 工作小时）");
    }

    /**
     * The instant at {@code ratio} of the office time between {@code start} and {@code due},
     * rounded down to the whole second (timer definitions and clerks do not care about
     * fractions). Used to send the 催办 reminder when, say, 75% of the time limit has elapsed.
     * Returns {@code start} when there is no office time between the two.
     */
    public Instant fractionOf(Instant start, Instant due, double ratio) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("比例必须在 0 到 1 之间：" + ratio);
        }
        Duration total = officeTimeBetween(start, due);
        if (total.isZero()) {
            return start;
        }
        Instant at = plusOfficeTime(start, scale(total, ratio));
        Instant truncated = at.truncatedTo(ChronoUnit.SECONDS);
        // Rounding down must not go back before the start itself when start carries milliseconds.
        return truncated.isBefore(start) ? start : truncated;
    }

    // Exact decimal arithmetic: a double times nanoseconds loses precision beyond ~104 days of
    // office time, which is not a realistic limit but costs nothing to avoid.
    private static Duration scale(Duration d, double ratio) {
        BigInteger nanos = BigDecimal.valueOf(d.getSeconds())
                .multiply(BigDecimal.valueOf(1_000_000_000L))
                .add(BigDecimal.valueOf(d.getNano()))
                .multiply(BigDecimal.valueOf(ratio))
                .setScale(0, RoundingMode.FLOOR)
                .toBigIntegerExact();
        BigInteger[] secondsAndNanos = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
        return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            day = day.plusDays(1);
            if (days.isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException(after + " 之后连续 " + MAX_DAYS_WITHOUT_WORK
                + " 天都没有工作日，请检查工作日调整表（secretariat.calendar.overrides）");
    }

    private LocalDate previousWorkingDay(LocalDate before) {
        LocalDate day = before;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            day = day.minusDays(1);
            if (days.isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException(before + " 之前连续 " + MAX_DAYS_WITHOUT_WORK
                + " 天都没有工作日，请检查工作日调整表（secretariat.calendar.overrides）");
    }

    private Instant at(LocalDate day, LocalTime time) {
        // atZone resolves a daylight-saving gap by moving forward, which keeps deadlines after,
        // never before, the wall-clock time; irrelevant for Asia/Shanghai.
        return day.atTime(time).atZone(zone).toInstant();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + hours + "]";
    }
}
