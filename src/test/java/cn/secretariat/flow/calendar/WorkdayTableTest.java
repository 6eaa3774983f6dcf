package cn.secretariat.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WorkdayTableTest {

    private final WorkdayTable table = new WorkdayTable();

    private Logger logger;
    private ListAppender<ILoggingEvent> appender;

    @BeforeEach
    void captureLog() {
        logger = (Logger) LoggerFactory.getLogger(WorkdayTable.class);
        appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
    }

    private List<ILoggingEvent> warnings() {
        return appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void nationalDayWeekIsOff() {
        for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
            assertThat(table.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(table.isWorkingDay(d("2026-10-08"))).isTrue();
    }

    @Test
    void makeUpSaturdayAfterNationalDayIsWorking() {
        assertThat(table.isWorkingDay(d("2026-10-10"))).isTrue();
    }

    @Test
    void sundaySeptember20th2026IsAMakeUpWorkingDayPerTyme4j() {
        assertThat(table.isWorkingDay(d("2026-09-20"))).isTrue();
    }

    @Test
    void midAutumnFridayIsOff() {
        assertThat(table.isWorkingDay(d("2026-09-25"))).isFalse();
    }

    @Test
    void plainWeekdayIsWorkingAndPlainWeekendIsOff() {
        assertThat(table.isWorkingDay(d("2026-03-13"))).isTrue();
        assertThat(table.isWorkingDay(d("2026-03-14"))).isFalse();
        assertThat(table.isWorkingDay(d("2026-03-15"))).isFalse();
    }

    @Test
    void overrideWinsOverTyme4jInBothDirections() {
        WorkdayTable withOverrides = new WorkdayTable(Map.of(
                d("2026-10-08"), false,
                d("2026-10-05"), true,
                d("2026-03-14"), true));

        assertThat(withOverrides.isWorkingDay(d("2026-10-08"))).isFalse();
        assertThat(withOverrides.isWorkingDay(d("2026-10-05"))).isTrue();
        assertThat(withOverrides.isWorkingDay(d("2026-03-14"))).isTrue();
        assertThat(withOverrides.isWorkingDay(d("2026-10-06"))).isFalse();
    }

    @Test
    void overrideMapIsCopied() {
        Map<LocalDate, Boolean> overrides = new HashMap<>();
        overrides.put(d("2026-03-13"), false);
        WorkdayTable copy = new WorkdayTable(overrides);
        overrides.put(d("2026-03-13"), true);

        assertThat(copy.isWorkingDay(d("2026-03-13"))).isFalse();
    }

    @Test
    void nullValueInOverridesIsRejected() {
        Map<LocalDate, Boolean> overrides = new HashMap<>();
        overrides.put(d("2026-03-13"), null);

        assertThatThrownBy(() -> new WorkdayTable(overrides)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsShippedWithTyme4jArePublished() {
        assertThat(table.isPublished(2002)).isTrue();
        assertThat(table.isPublished(2025)).isTrue();
        assertThat(table.isPublished(2026)).isTrue();
    }

    @Test
    void farFutureYearIsNotPublished() {
        assertThat(table.isPublished(2099)).isFalse();
    }

    @Test
    void yearWithAnyOverrideCountsAsPublished() {
        WorkdayTable withOverrides = new WorkdayTable(Map.of(d("2099-05-01"), false));

        assertThat(withOverrides.isPublished(2099)).isTrue();
        assertThat(withOverrides.isWorkingDay(d("2099-05-01"))).isFalse();
        assertThat(withOverrides.isWorkingDay(d("2099-05-04"))).isTrue();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void unpublishedYearFallsBackToWeekendsOnly() {
        // 2099-05-01 is a Friday: without a schedule Labour Day is not known to be a holiday.
        assertThat(table.isWorkingDay(d("2099-05-01"))).isTrue();
        assertThat(table.isWorkingDay(d("2099-05-02"))).isFalse();
        assertThat(table.isWorkingDay(d("2099-05-03"))).isFalse();
    }

    @Test
    void unpublishedYearIsWarnedAboutOncePerYear() {
        table.isWorkingDay(d("2099-05-01"));
        table.isWorkingDay(d("2099-05-02"));
        table.isWorkingDay(d("2099-12-31"));
        table.isWorkingDay(d("2098-05-01"));
        table.isWorkingDay(d("2098-05-04"));

        assertThat(warnings()).hasSize(2);
        assertThat(warnings().get(0).getFormattedMessage())
                .contains("2099")
                .contains("weekends")
                .contains("secretariat.calendar.overrides");
        assertThat(warnings().get(1).getFormattedMessage()).contains("2098");
    }

    @Test
    void eachTableWarnsOnItsOwn() {
        table.isWorkingDay(d("2099-05-01"));
        new WorkdayTable().isWorkingDay(d("2099-05-01"));

        assertThat(warnings()).hasSize(2);
    }

    @Test
    void publishedYearIsNotWarnedAbout() {
        table.isWorkingDay(d("2026-03-13"));
        table.isWorkingDay(d("2026-10-01"));

        assertThat(warnings()).isEmpty();
    }
}
