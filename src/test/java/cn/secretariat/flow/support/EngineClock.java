package cn.secretariat.flow.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Pins the engine clock to office time in Asia/Shanghai; tests reset it after each method. */
public final class EngineClock {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private EngineClock() {
  }

  public static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }

  public static void set(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
