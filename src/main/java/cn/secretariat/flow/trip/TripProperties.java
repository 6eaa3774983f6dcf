package cn.secretariat.flow.trip;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.trips.*}: deadlines that hang off the departure and return dates, in working days.
 *
 * @param planDaysBefore    the programme is approved this many working days before departure
 * @param noticeDaysBefore  notices and letters go out this many working days before departure
 * @param reportDaysAfter   the report is due this many working days after the return
 * @param departureTime     when 服务保障 opens on the departure day
 * @param outOfProvinceApprovers the groups approving an out-of-province trip, in order
 * @param inProvinceApprovers    the groups approving an in-province trip, in order
 */
@ConfigurationProperties("secretariat.trips")
public record TripProperties(
    @DefaultValue("5") int planDaysBefore,
    @DefaultValue("3") int noticeDaysBefore,
    @DefaultValue("5") int reportDaysAfter,
    @DefaultValue("08:00") LocalTime departureTime,
    @DefaultValue({"chiefs", "leaders"}) java.util.List<String> inProvinceApprovers,
    @DefaultValue({"chiefs", "leaders", "sc-leaders"}) java.util.List<String> outOfProvinceApprovers) {
}
