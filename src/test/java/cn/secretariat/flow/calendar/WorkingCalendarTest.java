package cn.secretariat.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates used: the week of Monday 2026-03-09 has no holidays; 2026-09-25..27 is Mid-Autumn,
 * 2026-10-01..07 National Day, Sunday 2026-09-20 and Saturday 2026-10-10 are make-up working days.
 */
class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendar calendar =
            new WorkingCalendar(SHANGHAI, OfficeHours.standard(), new WorkdayTable());

    private final TimeZone originalDefault = TimeZone.getDefault();

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(originalDefault);
    }

    /** A Beijing wall-clock time such as "2026-03-09 11:00". */
    private static Instant bj(String localDateTime) {
        return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(SHANGHAI).toInstant();
    }

    // ---- working days before a meeting ----

    @Test
    void sevenWorkingDaysBeforeAMeetingAfterNationalDayFallOnSeptember22nd() {
        assertThat(calendar.workingDaysBefore(bj("2026-10-09 09:00"), 7)).isEqualTo(bj("2026-09-22 17:30"));
    }

    @Test
    void theWorkingDayBeforeAMondayMeetingIsTheFriday() {
        assertThat(calendar.workingDaysBefore(bj("2026-11-23 09:00"), 1)).isEqualTo(bj("2026-11-20 17:30"));
    }

    @Test
    void theWorkingDayBeforeAMeetingAfterTheMakeUpSaturdayIsThatSaturday() {
        assertThat(calendar.workingDaysBefore(bj("2026-10-12 09:00"), 1)).isEqualTo(bj("2026-10-10 17:30"));
    }

    @Test
    void workingDaysBeforeRejectsZero() {
        assertThatThrownBy(() -> calendar.workingDaysBefore(bj("2026-10-12 09:00"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- P{n}D: working days ----

    @Test
    void oneWorkingDayFromTheEveOfNationalDayEndsOnOctober8thAtClosing() {
        assertThat(calendar.plusWorkingDays(bj("2026-09-30 16:00"), 1)).isEqualTo(bj("2026-10-08 17:30"));
    }

    @Test
    void oneWorkingDayFromFridayBeforeMakeUpSaturdayEndsOnThatSaturday() {
        assertThat(calendar.plusWorkingDays(bj("2026-10-09 10:00"), 1)).isEqualTo(bj("2026-10-10 17:30"));
    }

    @Test
    void oneWorkingDayFromFridayAfternoonEndsOnMondayAtClosing() {
        assertThat(calendar.plusWorkingDays(bj("2026-03-13 17:00"), 1)).isEqualTo(bj("2026-03-16 17:30"));
    }

    @Test
    void oneWorkingDayFromSaturdayEndsOnMondayAtClosing() {
        assertThat(calendar.plusWorkingDays(bj("2026-03-14 10:00"), 1)).isEqualTo(bj("2026-03-16 17:30"));
    }

    @Test
    void startingDayNeverCountsEvenBeforeOpening() {
        assertThat(calendar.plusWorkingDays(bj("2026-03-09 08:00"), 1)).isEqualTo(bj("2026-03-10 17:30"));
    }

    @Test
    void twoWorkingDaysFromMondayEndOnWednesdayAtClosing() {
        assertThat(calendar.plus(bj("2026-03-09 10:00"), "P2D")).isEqualTo(bj("2026-03-11 17:30"));
    }

    @Test
    void makeUpSundaySeptember20thCountsAsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.plusWorkingDays(bj("2026-09-19 10:00"), 1)).isEqualTo(bj("2026-09-20 17:30"));
    }

    @Test
    void midAutumnHolidayIsSkipped() {
        assertThat(calendar.plusWorkingDays(bj("2026-09-24 10:00"), 1)).isEqualTo(bj("2026-09-28 17:30"));
    }

    @Test
    void fiveWorkingDaysAcrossNationalDayIncludeTheMakeUpSaturday() {
        // Oct 8, 9, 10 (Saturday, make-up), 12, 13.
        assertThat(calendar.plus(bj("2026-09-30 09:00"), "P5D")).isEqualTo(bj("2026-10-13 17:30"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void zeroOrNegativeWorkingDaysAreRejected(int n) {
        assertThatThrownBy(() -> calendar.plusWorkingDays(bj("2026-03-09 10:00"), n))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- PT{n}H: office time ----

    @Test
    void officeTimeWithinTheMorningStaysInTheMorning() {
        assertThat(calendar.plusOfficeTime(bj("2026-03-09 10:00"), Duration.ofHours(1))).isEqualTo(bj("2026-03-09 11:00"));
    }

    @Test
    void officeTimeAcrossLunchSkipsTheBreak() {
        assertThat(calendar.plus(bj("2026-03-09 11:00"), "PT2H")).isEqualTo(bj("2026-03-09 14:30"));
    }

    @Test
    void officeTimeAcrossTheEveningContinuesNextMorning() {
        assertThat(calendar.plus(bj("2026-03-09 17:00"), "PT2H")).isEqualTo(bj("2026-03-10 10:30"));
    }

    @Test
    void officeTimeAcrossTheWeekendContinuesOnMonday() {
        assertThat(calendar.plus(bj("2026-03-13 16:00"), "PT4H")).isEqualTo(bj("2026-03-16 11:30"));
    }

    @Test
    void officeTimeAcrossNationalDayContinuesAfterTheHoliday() {
        assertThat(calendar.plus(bj("2026-09-30 17:00"), "PT1H")).isEqualTo(bj("2026-10-08 09:30"));
    }

    @Test
    void officeTimeStartingAtLunchCountsFromAfternoonOpening() {
        assertThat(calendar.plus(bj("2026-03-09 12:30"), "PT1H")).isEqualTo(bj("2026-03-09 14:30"));
    }

    @Test
    void officeTimeStartingInTheEveningCountsFromNextOpening() {
        assertThat(calendar.plus(bj("2026-03-09 20:00"), "PT1H")).isEqualTo(bj("2026-03-10 10:00"));
    }

    @Test
    void officeTimeStartingBeforeOpeningCountsFromOpening() {
        assertThat(calendar.plus(bj("2026-03-09 07:00"), "PT1H")).isEqualTo(bj("2026-03-09 10:00"));
    }

    @Test
    void officeTimeStartingOnSaturdayCountsFromMondayOpening() {
        assertThat(calendar.plus(bj("2026-03-14 10:00"), "PT2H")).isEqualTo(bj("2026-03-16 11:00"));
    }

    @Test
    void officeTimeStartingOnAHolidayCountsFromTheFirstDayBack() {
        assertThat(calendar.plus(bj("2026-10-03 10:00"), "PT2H")).isEqualTo(bj("2026-10-08 11:00"));
    }

    @Test
    void officeTimeRunningOutAtNoonEndsAtNoonNotAtAfternoonOpening() {
        assertThat(calendar.plus(bj("2026-03-09 10:00"), "PT2H")).isEqualTo(bj("2026-03-09 12:00"));
    }

    @Test
    void officeTimeRunningOutAtClosingEndsAtClosingNotNextMorning() {
        assertThat(calendar.plus(bj("2026-03-09 15:30"), "PT2H")).isEqualTo(bj("2026-03-09 17:30"));
        assertThat(calendar.plus(bj("2026-03-09 09:00"), "PT14H")).isEqualTo(bj("2026-03-10 17:30"));
    }

    @Test
    void hoursAndMinutesAreBothCounted() {
        assertThat(calendar.plus(bj("2026-03-09 09:00"), "PT3H45M")).isEqualTo(bj("2026-03-09 14:15"));
        assertThat(calendar.plus(bj("2026-03-09 09:00"), "PT90M")).isEqualTo(bj("2026-03-09 10:30"));
    }

    @Test
    void zeroOfficeTimeInsideOfficeHoursIsTheStartItself() {
        Instant start = bj("2026-03-09 10:15").plusMillis(123);

        assertThat(calendar.plusOfficeTime(start, Duration.ZERO)).isEqualTo(start);
    }

    @Test
    void zeroOfficeTimeOutsideOfficeHoursIsTheNextOpening() {
        assertThat(calendar.plusOfficeTime(bj("2026-03-09 12:00"), Duration.ZERO)).isEqualTo(bj("2026-03-09 13:30"));
        assertThat(calendar.plusOfficeTime(bj("2026-03-09 17:30"), Duration.ZERO)).isEqualTo(bj("2026-03-10 09:00"));
        assertThat(calendar.plusOfficeTime(bj("2026-03-14 10:00"), Duration.ZERO)).isEqualTo(bj("2026-03-16 09:00"));
    }

    @Test
    void negativeOfficeTimeIsRejected() {
        assertThatThrownBy(() -> calendar.plusOfficeTime(bj("2026-03-09 10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- officeTimeBetween ----

    @Test
    void officeTimeBetweenCountsOnlyOfficeHoursAcrossDays() {
        // Mon 11:00-12:00, 13:30-17:30, Tue 09:00-10:30.
        assertThat(calendar.officeTimeBetween(bj("2026-03-09 11:00"), bj("2026-03-10 10:30")))
                .isEqualTo(Duration.ofMinutes(6 * 60 + 30));
    }

    @Test
    void officeTimeBetweenSkipsWeekendsAndHolidays() {
        assertThat(calendar.officeTimeBetween(bj("2026-09-30 16:00"), bj("2026-10-08 17:30")))
                .isEqualTo(Duration.ofMinutes(8 * 60 + 30));
        assertThat(calendar.officeTimeBetween(bj("2026-03-13 09:00"), bj("2026-03-16 09:00")))
                .isEqualTo(Duration.ofHours(7));
    }

    @Test
    void officeTimeBetweenIsZeroWhenToIsNotAfterFrom() {
        assertThat(calendar.officeTimeBetween(bj("2026-03-09 11:00"), bj("2026-03-09 11:00"))).isZero();
        assertThat(calendar.officeTimeBetween(bj("2026-03-10 11:00"), bj("2026-03-09 11:00"))).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-09 10:00, 0",
            "2026-03-09 11:20, 135",
            "2026-03-09 12:40, 420",
            "2026-03-13 16:00, 240",
            "2026-09-30 17:10, 1000",
            "2026-10-05 08:00, 17"})
    void officeTimeBetweenUndoesPlusOfficeTimeFromInsideOfficeHoursOrNextOpening(String start, long minutes) {
        Instant from = bj(start);
        Duration d = Duration.ofMinutes(minutes);
        Instant end = calendar.plusOfficeTime(from, d);

        assertThat(calendar.officeTimeBetween(from, end)).isEqualTo(d);
    }

    // ---- fractionOf (催办 at 75%) ----

    @Test
    void threeQuartersOfTwoOfficeHoursIsNinetyOfficeMinutesLater() {
        Instant start = bj("2026-03-09 11:00");
        Instant due = calendar.plus(start, "PT2H");

        assertThat(calendar.fractionOf(start, due, 0.75)).isEqualTo(bj("2026-03-09 14:00"));
    }

    @Test
    void threeQuartersOfOneWorkingDayCountsTheRestOfTheStartingDay() {
        // Tue 09:00 to Wed 17:30 is 14 office hours; 10.5 of them end Wed 14:00.
        Instant start = bj("2026-03-10 09:00");
        Instant due = calendar.plus(start, "P1D");

        assertThat(calendar.fractionOf(start, due, 0.75)).isEqualTo(bj("2026-03-11 14:00"));
    }

    @Test
    void threeQuartersOfOneWorkingDayOverNationalDayLandsOnOctober8th() {
        // 1.5 h on Sep 30 plus 7 h on Oct 8 = 8.5 h; 75% = 6 h 22 min 30 s.
        Instant start = bj("2026-09-30 16:00");
        Instant due = calendar.plus(start, "P1D");

        assertThat(calendar.fractionOf(start, due, 0.75)).isEqualTo(bj("2026-10-08 15:22:30"));
    }

    @Test
    void fractionIsRoundedDownToTheWholeSecond() {
        Instant start = bj("2026-03-09 10:00").plusMillis(700);
        Instant due = start.plus(Duration.ofHours(1));

        assertThat(calendar.fractionOf(start, due, 0.5)).isEqualTo(bj("2026-03-09 10:30"));
    }

    @Test
    void fractionWithoutOfficeTimeInBetweenIsTheStart() {
        Instant start = bj("2026-03-14 10:00");

        assertThat(calendar.fractionOf(start, bj("2026-03-14 16:00"), 0.75)).isEqualTo(start);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void fractionOutsideZeroToOneIsRejected(double ratio) {
        assertThatThrownBy(() -> calendar.fractionOf(bj("2026-03-09 10:00"), bj("2026-03-09 11:00"), ratio))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- custom configuration ----

    @Test
    void customOfficeHoursMoveClosingTimeAndLunchBreak() {
        WorkingCalendar custom = new WorkingCalendar(SHANGHAI,
                OfficeHours.parse(List.of("08:00-12:00", "14:00-18:00")), new WorkdayTable());

        assertThat(custom.plus(bj("2026-03-09 10:00"), "P1D")).isEqualTo(bj("2026-03-10 18:00"));
        assertThat(custom.plus(bj("2026-03-09 11:00"), "PT5H")).isEqualTo(bj("2026-03-09 18:00"));
        assertThat(custom.plus(bj("2026-03-09 12:30"), "PT1H")).isEqualTo(bj("2026-03-09 15:00"));
    }

    @Test
    void overrideTableCanMakeAWeekdayOffAndASaturdayWorking() {
        WorkingCalendar overridden = new WorkingCalendar(SHANGHAI, OfficeHours.standard(), new WorkdayTable(Map.of(
                LocalDate.of(2026, 3, 11), false,
                LocalDate.of(2026, 3, 14), true)));

        assertThat(overridden.plus(bj("2026-03-10 10:00"), "P1D")).isEqualTo(bj("2026-03-12 17:30"));
        assertThat(overridden.plus(bj("2026-03-13 10:00"), "P1D")).isEqualTo(bj("2026-03-14 17:30"));
        assertThat(overridden.plus(bj("2026-03-10 17:00"), "PT1H")).isEqualTo(bj("2026-03-12 09:30"));
    }

    @Test
    void overrideTableWinsOverTheOfficialSchedule() {
        WorkingCalendar overridden = new WorkingCalendar(SHANGHAI, OfficeHours.standard(),
                new WorkdayTable(Map.of(LocalDate.of(2026, 10, 8), false)));

        assertThat(overridden.plus(bj("2026-09-30 16:00"), "P1D")).isEqualTo(bj("2026-10-09 17:30"));
    }

    @Test
    void unpublishedYearIsComputedFromWeekendsOnly() {
        WorkdayTable days = new WorkdayTable();
        WorkingCalendar future = new WorkingCalendar(SHANGHAI, OfficeHours.standard(), days);

        assertThat(days.isPublished(2099)).isFalse();
        // Thursday 2099-04-30 + 1: Labour Day (Friday) is not known, so it counts as working.
        assertThat(future.plus(bj("2099-04-30 10:00"), "P1D")).isEqualTo(bj("2099-05-01 17:30"));
        assertThat(future.plus(bj("2099-03-13 17:00"), "PT2H")).isEqualTo(bj("2099-03-16 10:30"));
    }

    @Test
    void overrideTableWithoutAnyWorkingDayGivesUpInsteadOfLoopingForever() {
        Map<LocalDate, Boolean> allOff = new HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 3, 1); day.isBefore(LocalDate.of(2037, 1, 1)); day = day.plusDays(1)) {
            allOff.put(day, false);
        }
        WorkingCalendar hopeless = new WorkingCalendar(SHANGHAI, OfficeHours.standard(), new WorkdayTable(allOff));

        assertThatThrownBy(() -> hopeless.plus(bj("2026-03-09 10:00"), "P1D")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hopeless.plus(bj("2026-03-09 10:00"), "PT1H")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void absurdlyLongTimeLimitIsRejectedRatherThanComputedForMinutes() {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "P99999999D"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "P99999999999D"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "PT999999H"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- zone independence ----

    @Test
    void resultsDoNotDependOnTheJvmDefaultZone() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        assertZoneIndependentExamples();

        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        assertZoneIndependentExamples();
    }

    private void assertZoneIndependentExamples() {
        // Beijing is UTC+8 all year: 17:30 there is 09:30Z, 16:00 is 08:00Z.
        Instant start = Instant.parse("2026-09-30T08:00:00Z");
        assertThat(calendar.plus(start, "P1D")).isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
        // Monday 2026-03-09 17:00 Beijing, 09:00Z: two office hours end Tuesday 10:30 Beijing.
        assertThat(calendar.plus(Instant.parse("2026-03-09T09:00:00Z"), "PT2H"))
                .isEqualTo(Instant.parse("2026-03-10T02:30:00Z"));
        // 23:30Z on Friday is already Saturday 07:30 in Beijing: the weekend starts there, not here.
        assertThat(calendar.plus(Instant.parse("2026-03-13T23:30:00Z"), "P1D"))
                .isEqualTo(Instant.parse("2026-03-16T09:30:00Z"));
        assertThat(calendar.zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void theSameInstantMeansADifferentDayInAnotherZone() {
        WorkingCalendar utc = new WorkingCalendar(ZoneOffset.UTC, OfficeHours.standard(), new WorkdayTable());
        Instant fridayEveningUtc = Instant.parse("2026-03-13T23:30:00Z");

        assertThat(utc.plus(fridayEveningUtc, "P1D")).isEqualTo(Instant.parse("2026-03-16T17:30:00Z"));
    }

    // ---- ISO text ----

    @Test
    void monthsAreRejectedWithAChineseMessageNamingTheText() {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "P1M"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("不支持的期限格式：P1M（只支持 P{n}D 工作日或 PT{n}H 工作小时）");
    }

    @Test
    void garbageIsRejectedNamingTheText() {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "garbage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage")
                .hasMessageContaining("不支持的期限格式");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P1W", "P1DT2H", "-P1D", "P-1D", "PT-1H", "-PT1H", "PT", "P", "P1.5D", "1D", "PT1D"})
    void unsupportedDurationsAreRejectedNamingTheText(String text) {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void zeroWorkingDaysAreRejected() {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), "P0D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P0D");
    }

    @Test
    void blankDurationIsRejected() {
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plus(bj("2026-03-09 10:00"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreTolerated() {
        assertThat(calendar.plus(bj("2026-03-09 10:00"), " p1d ")).isEqualTo(bj("2026-03-10 17:30"));
        assertThat(calendar.plus(bj("2026-03-09 10:00"), "pt1h")).isEqualTo(bj("2026-03-09 11:00"));
    }
}
