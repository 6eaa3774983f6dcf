package cn.secretariat.flow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/overdue}: the 逾期督办 board as JSON, for Cockpit's board (the user's webapp session) and for
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
  public ResponseEntity<?> overdue(HttpServletRequest request) {
    String userId = apiUser.of(request);
    if (userId == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"secretariat\"").build();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return ResponseEntity.ok(board.board());
    } finally {
      identityService.clearAuthentication();
    }
  }
}
