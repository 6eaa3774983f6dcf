package cn.secretariat.flow.web;

import jakarta.servlet.http.HttpServletRequest;
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
    int shown = OverdueBoard.DEFAULT_ITEMS;
    if (items != null) {
      try {
        shown = Integer.parseInt(items.trim());
      } catch (NumberFormatException notANumber) {
        shown = -1;
      }
      if (shown < 1 || shown > OverdueBoard.MAX_ITEMS) {
        return ResponseEntity.badRequest().body(Map.of("message",
            "参数 items（每个列表显示的条数）须为 1 至 " + OverdueBoard.MAX_ITEMS + " 之间的整数"));
      }
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return ResponseEntity.ok(board.board(shown));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
