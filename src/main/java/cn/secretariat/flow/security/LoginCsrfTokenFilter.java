package cn.secretariat.flow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.camunda.bpm.webapp.impl.security.filter.CookieConfigurator;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the new session of a webapp login its CSRF token at once, inside the login request.
 * <p>
 * Camunda's login replaces the session (against session fixation), and its CSRF filter creates the new
 * session's token lazily, in whichever request comes first. Tasklist then fires several requests at once.
 * With sessions in one node's memory Camunda serialises them on a session mutex; with sessions in the
 * database (Spring Session JDBC, shared by all nodes) each request works on its own copy, so each creates
 * a token of its own, the last one saved wins, and the browser may keep another: its next form submission
 * is refused as a CSRF attack. With the token created here, before that burst, every request of the new
 * session reads the same token. The cookie is written as Camunda writes it (name, path, Secure, SameSite
 * from {@code camunda.bpm.webapp.csrf.*}).
 */
public class LoginCsrfTokenFilter extends OncePerRequestFilter {

  /** Camunda's session attribute and header (CsrfConstants). */
  static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  static final String COOKIE = "XSRF-TOKEN";

  private final SecureRandom random = new SecureRandom();
  private final CookieConfigurator cookies;
  private final String cookiePath;

  public LoginCsrfTokenFilter(CookieConfigurator cookies, String cookiePath) {
    this.cookies = cookies;
    this.cookiePath = cookiePath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public HttpSession getSession(boolean create) {
        HttpSession session = super.getSession(create);
        if (session != null) {
          ensureToken(session, response);
        }
        return session;
      }

      @Override
      public HttpSession getSession() {
        return getSession(true);
      }
    }, response);
  }

  private void ensureToken(HttpSession session, HttpServletResponse response) {
    if (session.getAttribute(SESSION_ATTRIBUTE) != null || response.isCommitted()) {
      return;
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().withUpperCase().formatHex(bytes);
    session.setAttribute(SESSION_ATTRIBUTE, token);
    response.setHeader(HEADER, token);
    response.addHeader("Set-Cookie", cookies.getCookieName(COOKIE) + "=" + token + ";Path=" + cookiePath
        + cookies.getConfig());
  }
}
