package cn.secretariat.flow.duty;

import cn.secretariat.flow.duty.DutyCall.Track;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and maintaining the duty roster: every day of a range with its track (from the official holiday
 * table, never chosen by hand), and one day changed at a time after checking it. A refused change raises
 * {@link BadUserRequestException} with every problem in Chinese and changes nothing.
 */
@Component
public class RosterMaintenance {

  /** The longest range one read returns. */
  static final int MAX_DAYS = 93;

  private final DutyRoster roster;
  private final DutyDays days;
  private final DutyProperties properties;
  private final IdentityService identityService;

  public RosterMaintenance(DutyRoster roster, DutyDays days, DutyProperties properties,
      IdentityService identityService) {
    this.roster = roster;
    this.days = days;
    this.properties = properties;
    this.identityService = identityService;
  }

  /** Every day in [from, to], rostered or not, as JSON-ready maps. */
  public List<Map<String, Object>> view(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new BadUserRequestException("查询未通过检查：结束日期不能早于开始日期。");
    }
    if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
      throw new BadUserRequestException("查询未通过检查：一次最多查询" + MAX_DAYS + "天。");
    }
    Map<LocalDate, DutyRoster.Entry> saved = new LinkedHashMap<>();
    roster.between(from, to).forEach(entry -> saved.put(entry.date(), entry));
    List<Map<String, Object>> out = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      out.add(dayView(date, saved.get(date)));
    }
    return out;
  }

  /** Saves the officer and leader in charge of one duty day, after checking them. */
  @Transactional
  public Map<String, Object> put(LocalDate date, String officerId, String leaderId, String byUser) {
    String officer = blankToNull(officerId);
    String leader = blankToNull(leaderId);
    Track track = days.trackOf(date);
    List<String> problems = new ArrayList<>();
    if (officer == null) {
      problems.add("请填写：值班员");
    } else if (!exists(officer)) {
      problems.add("值班员不存在：" + officer);
    } else if (!memberOf(officer, List.of(properties.officerGroup()))) {
      problems.add("值班员须为值班组（" + properties.officerGroup() + "）成员：" + officer);
    }
    if (leader == null && track == Track.HOLIDAY) {
      problems.add(date + "为节假日值守（" + days.holidayName(date) + "），须指定带班领导");
    } else if (leader != null && !exists(leader)) {
      problems.add("带班领导不存在：" + leader);
    } else if (leader != null && !memberOf(leader, properties.leaderGroups())) {
      problems.add("带班领导须为" + String.join("、", properties.leaderGroups()) + "组成员：" + leader);
    }
    LocalDate today = days.dutyDayAt(ClockUtil.getCurrentTime().toInstant());
    if (date.isBefore(today)) {
      problems.add("不能修改已过去的值班日（" + date + "）");
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("提交未通过检查：" + String.join("；", problems) + "。");
    }
    DutyRoster.Entry entry = new DutyRoster.Entry(date, track.label(), officer, leader, byUser,
        ClockUtil.getCurrentTime().toInstant());
    roster.save(entry);
    return dayView(date, entry);
  }

  private Map<String, Object> dayView(LocalDate date, DutyRoster.Entry entry) {
    Map<String, Object> day = new LinkedHashMap<>();
    day.put("date", date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    day.put("weekday", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
    day.put("track", days.trackOf(date).label());
    day.put("holiday", days.holidayName(date));
    day.put("officer", entry == null ? null : entry.officerId());
    day.put("officerName", entry == null ? null : nameOf(entry.officerId()));
    day.put("leader", entry == null ? null : entry.leaderId());
    day.put("leaderName", entry == null ? null : nameOf(entry.leaderId()));
    day.put("updatedBy", entry == null ? null : entry.updatedBy());
    day.put("updatedAt", entry == null ? null : entry.updatedAt().toString());
    return day;
  }

  /** A person's name as people say it (周强), or the id when unknown. */
  public String nameOf(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null || user.getFirstName() == null ? userId : user.getFirstName();
  }

  private boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  private boolean memberOf(String userId, List<String> groups) {
    return groups.stream().anyMatch(g -> identityService.createUserQuery().userId(userId).memberOfGroup(g).count() > 0);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
