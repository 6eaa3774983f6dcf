package cn.secretariat.flow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/overdue[?items=100]}: the 逾期督办 board as JSON (the most overdue {@code items} tasks, 1 to
 * 1000, and the totals), for Cockpit's board (the user's webapp session) and for
 * reports and other clients (HTTP Basic credentials checked against the engine's users, as
 * {@code /engine-rest} does). It shows only what that user may see; the user's groups are read afresh on
 * every call, so a clearance taken away counts at once.
 */
@RestController
public class OverdueController {

  private final IdentityService identityService;
  private final ApiUser apiUser;
  private final OverdueBoard board;

  public OverdueController(IdentityService identityService, ApiUser apiUser, OverdueBoard board) {
    this.identityService = identityService;
    this.apiUser = apiUser;
    this.board = board;
  }

  @GetMapping(value = "/api/overdue", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> overdue(HttpServletRequest request,
      @RequestParam(name = "items", required = false) String items) {
    String userId = apiUser.of(request);
    if (userId == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"secretariat\"").build();
    }
    List<String> problems = new ArrayList<>();
    Integer shown = QueryParameters.number(items, "每个列表显示的条数 items", 1, OverdueBoard.MAX_ITEMS, problems);
    if (!problems.isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("type", "BadUserRequestException",
          "message", "查询条件有误：" + String.join("；", problems) + "。"));
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return ResponseEntity.ok(board.board(shown == null ? OverdueBoard.DEFAULT_ITEMS : shown));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
