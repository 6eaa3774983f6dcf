package cn.secretariat.flow.meeting;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.meetings.*}: deadlines that hang off a meeting's date, in working days.
 *
 * @param topicsDaysBefore   departments send their topics this many working days before the meeting
 * @param noticeDaysBefore   the notice goes out this many working days before, per 会议类型
 * @param printDaysBefore    materials are printed this many working days before
 * @param summaryDaysAfter   the 纪要 is written within this many working days after the meeting ends
 */
@ConfigurationProperties("secretariat.meetings")
public record MeetingProperties(
    @DefaultValue("10") int topicsDaysBefore,
    Map<Meeting.Type, Integer> noticeDaysBefore,
    @DefaultValue("2") int printDaysBefore,
    @DefaultValue("3") int summaryDaysAfter) {

  public MeetingProperties {
    noticeDaysBefore = noticeDaysBefore == null ? Map.of() : Map.copyOf(noticeDaysBefore);
  }

  public int noticeDays(Meeting.Type type) {
    return noticeDaysBefore.getOrDefault(type, 3);
  }
}
