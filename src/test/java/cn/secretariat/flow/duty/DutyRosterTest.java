package cn.secretariat.flow.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.duty.DutyCall.Track;
import cn.secretariat.flow.support.EngineClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The duty roster: the track of a day from the official holiday table, the duty day changing at the shift
 * change, maintenance over {@code /api/duty/roster} by the chiefs with every refusal in Chinese (HTTP 400,
 * nothing saved), who may read and who may write, and the demo roster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DutyRosterTest {

  static final String ROSTER = "/api/duty/roster";

  @Autowired TestRestTemplate rest;
  @Autowired DutyDays days;
  @Autowired DutyRoster roster;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    EngineClock.set("2026-09-20T10:00");
  }

  @AfterEach
  void tearDown() {
    EngineClock.reset();
  }

  @Test
  void statutoryHolidayDaysOffAreHolidayDutyEverythingElseOrdinaryDuty() {
    assertThat(days.trackOf(LocalDate.parse("2026-10-01"))).isEqualTo(Track.HOLIDAY);
    assertThat(days.trackOf(LocalDate.parse("2026-10-03"))).isEqualTo(Track.HOLIDAY);
    assertThat(days.holidayName(LocalDate.parse("2026-10-03"))).isEqualTo("国庆节");
    // the first working day after the holiday, an ordinary Saturday, and the 调休 make-up Saturday
    assertThat(days.trackOf(LocalDate.parse("2026-10-08"))).isEqualTo(Track.ORDINARY);
    assertThat(days.trackOf(LocalDate.parse("2026-11-21"))).isEqualTo(Track.ORDINARY);
    assertThat(days.trackOf(LocalDate.parse("2026-10-10"))).isEqualTo(Track.ORDINARY);
    assertThat(days.trackOf(LocalDate.parse("2026-11-16"))).isEqualTo(Track.ORDINARY);
  }

  @Test
  void theDutyDayChangesAtTheShiftChange() {
    assertThat(days.dutyDayAt(EngineClock.at("2026-10-03T08:29:59").toInstant())).isEqualTo(LocalDate.parse("2026-10-02"));
    assertThat(days.dutyDayAt(EngineClock.at("2026-10-03T08:30").toInstant())).isEqualTo(LocalDate.parse("2026-10-03"));
    assertThat(days.shiftChangeOn(LocalDate.parse("2026-10-03"))).isEqualTo(EngineClock.at("2026-10-03T08:30").toInstant());
  }

  @Test
  void theChiefRostersAHolidayWithItsLeaderInCharge() {
    ResponseEntity<Map> saved = put("chief", "2026-10-03", Map.of("officer", "duty2", "leader", "leader"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).containsEntry("track", "节假日值守").containsEntry("holiday", "国庆节")
        .containsEntry("officerName", "何平").containsEntry("leaderName", "刘建国").containsEntry("updatedBy", "chief");

    ResponseEntity<List> read = rest.withBasicAuth("duty", "test-only")
        .getForEntity(ROSTER + "?from=2026-10-02&to=2026-10-04", List.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).hasSize(3);
    Map<?, ?> third = (Map<?, ?>) read.getBody().get(1);
    assertThat(third.get("date")).isEqualTo("2026-10-03");
    assertThat(third.get("officer")).isEqualTo("duty2");
    assertThat(third.get("weekday")).isEqualTo("星期六");
  }

  @Test
  void anOrdinaryDayNeedsNoLeaderAndASecondPutReplacesTheFirst() {
    assertThat(put("chief", "2026-11-21", Map.of("officer", "duty")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put("admin", "2026-11-21", Map.of("officer", "duty2", "leader", "chief")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    DutyRoster.Entry entry = roster.on(LocalDate.parse("2026-11-21")).orElseThrow();
    assertThat(entry.officerId()).isEqualTo("duty2");
    assertThat(entry.leaderId()).isEqualTo("chief");
    assertThat(entry.track()).isEqualTo("日常值班");
  }

  @Test
  void aHolidayWithoutLeaderInChargeIsRefusedAndNothingIsSaved() {
    ResponseEntity<Map> refused = put("chief", "2026-10-05", Map.of("officer", "duty"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).isEqualTo("提交未通过检查：2026-10-05为节假日值守（国庆节），须指定带班领导。");
    assertThat(roster.on(LocalDate.parse("2026-10-05"))).isEmpty();
  }

  @Test
  void unknownPeopleAndPeopleOutsideTheirGroupsAreRefused() {
    ResponseEntity<Map> refused = put("chief", "2026-10-06", Map.of("officer", "nobody", "leader", "clerk1"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("值班员不存在：nobody")
        .contains("带班领导须为leaders、chiefs组成员：clerk1");
    ResponseEntity<Map> clerk = put("chief", "2026-10-06", Map.of("leader", "leader", "officer", "clerk1"));
    assertThat((String) clerk.getBody().get("message")).contains("值班员须为值班组（duty）成员：clerk1");
    ResponseEntity<Map> empty = put("chief", "2026-10-06", Map.of());
    assertThat((String) empty.getBody().get("message")).contains("请填写：值班员");
    assertThat(roster.on(LocalDate.parse("2026-10-06"))).isEmpty();
  }

  @Test
  void aPastDayAndBadDatesAreRefused() {
    ResponseEntity<Map> past = put("chief", "2026-09-19", Map.of("officer", "duty"));
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) past.getBody().get("message")).contains("不能修改已过去的值班日（2026-09-19）");
    assertThat((String) put("chief", "10月3日", Map.of("officer", "duty")).getBody().get("message"))
        .contains("值班日期不是有效日期（收到：10月3日");
    ResponseEntity<Map> backwards = rest.withBasicAuth("chief", "test-only")
        .getForEntity(ROSTER + "?from=2026-10-08&to=2026-10-01", Map.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) backwards.getBody().get("message")).contains("结束日期不能早于开始日期");
    ResponseEntity<Map> tooLong = rest.withBasicAuth("chief", "test-only")
        .getForEntity(ROSTER + "?from=2026-01-01&to=2026-12-31", Map.class);
    assertThat((String) tooLong.getBody().get("message")).contains("一次最多查询93天");
  }

  @Test
  void onlyTheRosterManagersMayChangeItAndOnlyTheDeskMayReadIt() {
    assertThat(put("duty", "2026-10-07", Map.of("officer", "duty", "leader", "leader")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(ROSTER, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("scleader", "wrong").getForEntity(ROSTER, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("clerk1", "test-only").getForEntity(ROSTER, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("leader", "test-only").getForEntity(ROSTER, List.class).getBody()).hasSize(14);
    assertThat(roster.on(LocalDate.parse("2026-10-07"))).isEmpty();
  }

  @Test
  void theDemoRosterCoversTheComingTwoWeeksWithBothOfficers() {
    ClockUtil.reset();
    LocalDate today = days.dutyDayAt(ClockUtil.getCurrentTime().toInstant());
    List<DutyRoster.Entry> entries = roster.between(today, today.plusDays(DutyDemoRoster.DAYS - 1)).stream()
        .filter(e -> "demo".equals(e.updatedBy())).toList();
    assertThat(entries).hasSize(DutyDemoRoster.DAYS);
    assertThat(entries).extracting(DutyRoster.Entry::officerId).containsOnly("duty", "duty2");
    assertThat(entries).filteredOn(e -> e.track().equals("节假日值守")).allMatch(e -> "leader".equals(e.leaderId()));
  }

  private ResponseEntity<Map> put(String user, String date, Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "test-only")
        .exchange(ROSTER + "/" + date, HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
  }
}
