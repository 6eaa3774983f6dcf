package cn.secretariat.flow.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily office periods of the secretariat, e.g. 09:00–12:00 and 13:30–17:30.
 *
 * <p>Periods are kept sorted and strictly separated (a gap between any two), so that every
 * instant of a day is unambiguously either inside exactly one period or outside all of them;
 * the calendar arithmetic in {@link WorkingCalendar} relies on that.
 */
public final class OfficeHours {

    /** One office period of a day, half-open: {@code start} is inside, {@code end} is not. */
    public record Period(LocalTime start, LocalTime end) {

        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            // A period may not wrap past midnight: the calendar decides per date whether it is a
            // working day, and a period spanning two dates would belong to neither cleanly.
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException(
                        "办公时段的开始时间必须早于结束时间：" + start + "-" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    // Lenient about spaces and a one-digit hour because the values come from hand-edited
    // configuration; strict about everything else so that typos are not silently reinterpreted.
    private static final Pattern PERIOD =
            Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    private static final OfficeHours STANDARD = parse(List.of("09:00-12:00", "13:30-17:30"));

    private final List<Period> periods;

    private OfficeHours(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    /**
     * Parses periods written as {@code HH:mm-HH:mm}. Order does not matter; the periods must not
     * overlap or touch (touching periods should be written as one).
     *
     * @throws IllegalArgumentException on bad syntax, an empty list, a reversed period or
     *     overlapping periods
     */
    public static OfficeHours parse(List<String> periods) {
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("办公时段不能为空，至少需要一个时段，例如 09:00-12:00");
        }
        List<Period> parsed = new ArrayList<>(periods.size());
        for (String text : periods) {
            parsed.add(parsePeriod(text));
        }
        parsed.sort(Comparator.comparing(Period::start));
        for (int i = 1; i < parsed.size(); i++) {
            Period previous = parsed.get(i - 1);
            Period current = parsed.get(i);
            if (!previous.end().isBefore(current.start())) {
                throw new IllegalArgumentException(
                        "办公时段重叠或相接：" + previous + " 与 " + current + "（相接的时段请合并为一个）");
            }
        }
        return new OfficeHours(parsed);
    }

    /** 09:00–12:00 and 13:30–17:30, seven hours a day. */
    public static OfficeHours standard() {
        return STANDARD;
    }

    private static Period parsePeriod(String text) {
        if (text == null) {
            throw new IllegalArgumentException("办公时段不能为 null");
        }
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("办公时段格式错误：\"" + text + "\"（应为 HH:mm-HH:mm，例如 09:00-12:00）");
        }
        LocalTime start = time(text, m.group(1), m.group(2));
        LocalTime end = time(text, m.group(3), m.group(4));
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("办公时段的开始时间必须早于结束时间：\"" + text + "\"");
        }
        return new Period(start, end);
    }

    private static LocalTime time(String text, String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        if (h > 23 || min > 59) {
            throw new IllegalArgumentException("办公时段中的时间无效：\"" + text + "\"");
        }
        return LocalTime.of(h, min);
    }

    /** The periods, sorted by start time; unmodifiable. */
    public List<Period> periods() {
        return periods;
    }

    /** Start of the first period of the day. */
    public LocalTime opening() {
        return periods.get(0).start();
    }

    /** End of the last period of the day: the deadline time of a {@code P{n}D} time limit. */
    public LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }

    /** Office time in one full working day. */
    public Duration perDay() {
        Duration total = Duration.ZERO;
        for (Period p : periods) {
            total = total.plus(p.length());
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours other && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return periods.toString();
    }
}
