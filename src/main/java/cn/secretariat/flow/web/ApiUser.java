package cn.secretariat.flow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Who calls an application endpoint under {@code /api}: HTTP Basic credentials checked against the engine's
 * users (as {@code /engine-rest} does), or the user logged in to a webapp in this browser session; null when
 * neither. Used by every endpoint under {@code /api}.
 */
@Component
public class ApiUser {

  /** The process engine the webapps log in to. */
  static final String ENGINE = "default";

  private final IdentityService identityService;

  public ApiUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String of(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null ? basic(header) : session(request.getSession(false));
  }

  private static String session(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    return user == null ? null : user.getName();
  }

  private String basic(String header) {
    if (!header.startsWith("Basic ")) {
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
