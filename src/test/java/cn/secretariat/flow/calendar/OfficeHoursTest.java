package cn.secretariat.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeHoursTest {

    @Test
    void standardHoursAreNineToTwelveAndHalfPastOneToHalfPastFive() {
        OfficeHours standard = OfficeHours.standard();

        assertThat(standard.periods()).containsExactly(
                new OfficeHours.Period(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OfficeHours.Period(LocalTime.of(13, 30), LocalTime.of(17, 30)));
        assertThat(standard.opening()).isEqualTo(LocalTime.of(9, 0));
        assertThat(standard.closing()).isEqualTo(LocalTime.of(17, 30));
        assertThat(standard.perDay()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void parsedPeriodsAreSortedWhateverTheInputOrder() {
        OfficeHours hours = OfficeHours.parse(List.of("14:00-18:00", "08:00-12:00"));

        assertThat(hours.opening()).isEqualTo(LocalTime.of(8, 0));
        assertThat(hours.closing()).isEqualTo(LocalTime.of(18, 0));
        assertThat(hours.perDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void spacesAndSingleDigitHoursAreAccepted() {
        OfficeHours hours = OfficeHours.parse(List.of(" 9:00 - 12:00 "));

        assertThat(hours.periods()).containsExactly(
                new OfficeHours.Period(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    @Test
    void parsingEqualsStandard() {
        assertThat(OfficeHours.parse(List.of("09:00-12:00", "13:30-17:30"))).isEqualTo(OfficeHours.standard());
    }

    @Test
    void periodsListCannotBeModified() {
        List<String> input = new ArrayList<>(List.of("09:00-12:00"));
        OfficeHours hours = OfficeHours.parse(input);
        input.add("13:00-14:00");

        assertThat(hours.periods()).hasSize(1);
        assertThatThrownBy(() -> hours.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9-12", "09:00", "09:00–12:00", "09:00-12:00-13:00", "ab:cd-ef:gh", "25:00-26:00", "09:60-12:00"})
    void badSyntaxIsRejectedNamingTheText(String text) {
        assertThatThrownBy(() -> OfficeHours.parse(List.of(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void emptyListIsRejected() {
        assertThatThrownBy(() -> OfficeHours.parse(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reversedOrEmptyPeriodIsRejected() {
        assertThatThrownBy(() -> OfficeHours.parse(List.of("12:00-09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12:00-09:00");
        assertThatThrownBy(() -> OfficeHours.parse(List.of("09:00-09:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingPeriodsAreRejected() {
        assertThatThrownBy(() -> OfficeHours.parse(List.of("09:00-12:00", "11:00-14:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("重叠");
    }

    @Test
    void touchingPeriodsAreRejectedBecauseTheyShouldBeOne() {
        assertThatThrownBy(() -> OfficeHours.parse(List.of("09:00-12:00", "12:00-14:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
