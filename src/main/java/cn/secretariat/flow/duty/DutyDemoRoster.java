package cn.secretariat.flow.duty;

import cn.secretariat.flow.duty.DutyCall.Track;
import cn.secretariat.flow.identity.DemoProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo roster of the embedded default ({@code secretariat.demo.enabled=true}): the next two weeks from
 * today's duty day, {@code duty} and {@code duty2} taking turns, the 秘书长 ({@code leader}) in charge on
 * holidays and the 处长 ({@code chief}) on ordinary days. Only days without an entry are filled, so a restart
 * or a chief's change is kept.
 */
@Component
public class DutyDemoRoster {

  static final int DAYS = 14;
  static final String[] OFFICERS = {"duty", "duty2"};

  private final DemoProperties demo;
  private final DutyRoster roster;
  private final DutyDays days;

  public DutyDemoRoster(DemoProperties demo, DutyRoster roster, DutyDays days) {
    this.demo = demo;
    this.roster = roster;
    this.days = days;
  }

  @EventListener
  @Order(15)
  public void onReady(ApplicationReadyEvent event) {
    if (!demo.enabled()) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate first = days.dutyDayAt(now);
    for (int i = 0; i < DAYS; i++) {
      LocalDate day = first.plusDays(i);
      Track track = days.trackOf(day);
      String officer = OFFICERS[(int) Math.floorMod(day.toEpochDay(), (long) OFFICERS.length)];
      roster.insertIfAbsent(new DutyRoster.Entry(day, track.label(), officer,
          track == Track.HOLIDAY ? "leader" : "chief", "demo", now));
    }
  }
}
