package cn.secretariat.flow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
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

  static final String ENGINE = "default";

  private final IdentityService identityService;
  private final OverdueBoard board;

  public OverdueController(IdentityService identityService, OverdueBoard board) {
    this.identityService = identityService;
    this.board = board;
  }

  @GetMapping(value = "/api/overdue", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> overdue(HttpServletRequest request) {
    String userId = request.getHeader(HttpHeaders.AUTHORIZATION) != null
        ? authenticatedUser(request.getHeader(HttpHeaders.AUTHORIZATION)) : sessionUser(request.getSession(false));
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

  /** The user logged in to Tasklist, Cockpit or Admin in this browser session. */
  private static String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    return user == null ? null : user.getName();
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
