package cn.secretariat.flow.duty;

import cn.secretariat.flow.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The duty roster over REST, authenticated like {@code /api/overdue} (HTTP Basic against the engine's users, or
 * the webapps' session; groups read afresh on every call):
 * <ul>
 *   <li>{@code GET /api/duty/roster?from=2026-10-01&to=2026-10-08}: every day with its track, officer and leader
 *       in charge; for the roster managers, the duty officers and the leaders;</li>
 *   <li>{@code PUT /api/duty/roster/2026-10-03} {@code {"officer":"duty","leader":"leader"}}: one day, for the
 *       roster managers ({@code secretariat.duty.roster-managers}: chiefs and administrators).</li>
 * </ul>
 * Refused input answers 400 with a Chinese message, like the engine's REST API, and changes nothing. A PUT is
 * not a request a foreign page can make with the session cookie without a CORS preflight, which nothing here
 * allows.
 */
@RestController
@RequestMapping(value = "/api/duty/roster", produces = "application/json;charset=UTF-8")
public class DutyRosterController {

  /** The body of a PUT. */
  public record DayRequest(String officer, String leader) {
  }

  private final IdentityService identityService;
  private final ApiUser apiUser;
  private final RosterMaintenance maintenance;
  private final DutyDays days;
  private final DutyProperties properties;

  public DutyRosterController(IdentityService identityService, ApiUser apiUser, RosterMaintenance maintenance,
      DutyDays days, DutyProperties properties) {
    this.identityService = identityService;
    this.apiUser = apiUser;
    this.maintenance = maintenance;
    this.days = days;
    this.properties = properties;
  }

  @GetMapping
  public ResponseEntity<?> read(HttpServletRequest request, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    List<String> readers = new ArrayList<>(properties.rosterManagers());
    readers.add(properties.officerGroup());
    readers.addAll(properties.leaderGroups());
    return asUserIn(request, readers, user -> {
      LocalDate start = from == null ? days.dutyDayAt(ClockUtil.getCurrentTime().toInstant()) : date(from, "开始日期");
      LocalDate end = to == null ? start.plusDays(13) : date(to, "结束日期");
      return ResponseEntity.ok(maintenance.view(start, end));
    });
  }

  @PutMapping(value = "/{date}", consumes = "application/json")
  public ResponseEntity<?> put(HttpServletRequest request, @PathVariable String date,
      @RequestBody(required = false) DayRequest body) {
    return asUserIn(request, properties.rosterManagers(), user -> {
      LocalDate day = date(date, "值班日期");
      DayRequest answers = body == null ? new DayRequest(null, null) : body;
      return ResponseEntity.ok(maintenance.put(day, answers.officer(), answers.leader(), user));
    });
  }

  private interface Action {
    ResponseEntity<?> run(String user);
  }

  private ResponseEntity<?> asUserIn(HttpServletRequest request, List<String> allowedGroups, Action action) {
    String userId = apiUser.of(request);
    if (userId == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"secretariat\"").build();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    if (groups.stream().noneMatch(allowedGroups::contains)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(error("AuthorizationException",
          "无权访问值班表：须为" + String.join("、", allowedGroups) + "组成员"));
    }
    try {
      return action.run(userId);
    } catch (BadUserRequestException e) {
      return ResponseEntity.badRequest().body(error("BadUserRequestException", e.getMessage()));
    }
  }

  private static Map<String, String> error(String type, String message) {
    return Map.of("type", type, "message", message);
  }

  private static LocalDate date(String text, String label) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("提交未通过检查：" + label + "不是有效日期（收到：" + text + "，格式如 2026-10-03）。");
    }
  }
}
