package cn.secretariat.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.secretariat.flow.SecretariatFlowApplication;
import cn.secretariat.flow.security.ProductionSafeguards.Settings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Profile {@code prod}: no default credentials, no demo staff, no H2 console; the hardening really applies. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSafeguardsTest {

  /** Meets Camunda's password policy: upper, lower, digit, special, 20 characters, no "admin" in it. */
  private static final String STRONG = "Qz7!" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  private static Settings settings(String password) {
    return new Settings("admin", "系统", "管理员", null, password, false, false);
  }

  private static String refusal(Settings settings) {
    Throwable thrown = catchThrowable(() -> ProductionSafeguards.check(settings));
    assertThat(thrown).isInstanceOf(IllegalStateException.class);
    return thrown.getMessage();
  }

  // ---- the check itself ----

  @Test
  void aStrongPasswordPasses() {
    ProductionSafeguards.check(settings(STRONG));
    assertThat(ProductionSafeguards.problems(settings(STRONG))).isEmpty();
  }

  @Test
  void aMissingOrBlankPasswordIsRefusedNamingTheVariable() {
    for (String missing : new String[] {null, "", "   "}) {
      assertThat(refusal(settings(missing)))
          .contains("camunda.bpm.admin-user.password", "is not set", "SECRETARIAT_ADMIN_PASSWORD");
    }
  }

  @Test
  void everyKnownDefaultIsRefusedWhateverItsCase() {
    for (String known : ProductionSafeguards.KNOWN_DEFAULT_PASSWORDS) {
      assertThat(refusal(settings(known))).contains("well-known default", "SECRETARIAT_ADMIN_PASSWORD");
    }
    String message = refusal(settings("ChangeMe"));
    assertThat(message).contains("well-known default").doesNotContain("ChangeMe");
  }

  @Test
  void aShortPasswordIsRefusedWithoutEchoingIt() {
    String message = refusal(settings("Xy7!kq2#w"));
    assertThat(message).contains("shorter than 10 characters", "SECRETARIAT_ADMIN_PASSWORD").doesNotContain("Xy7!kq2#w");
  }

  @Test
  void aLongPasswordOutsideCamundasPolicyIsRefused() {
    // long enough but no upper case, digit or special character; and one carrying the admin's id
    assertThat(refusal(settings("correcthorsebatterystaple"))).contains("password policy");
    assertThat(refusal(settings("Admin-2026-" + STRONG))).contains("password policy");
  }

  @Test
  void demoStaffAndTheH2ConsoleAreRefusedEvenWithAStrongPassword() {
    assertThat(refusal(new Settings("admin", null, null, null, STRONG, true, false)))
        .contains("secretariat.demo.enabled").doesNotContain("admin-user.password");
    assertThat(refusal(new Settings("admin", null, null, null, STRONG, false, true)))
        .contains("spring.h2.console.enabled");
    // every problem at once, so an operator fixes them in one go
    assertThat(ProductionSafeguards.problems(new Settings("admin", null, null, null, "demo", true, true))).hasSize(3);
  }

  // ---- the application in profile prod ----

  /**
   * Starts the application in profile prod on a private in-memory database. Command-line arguments, not
   * {@code SpringApplicationBuilder.properties(..)}: those are only defaults, and application.yaml's file
   * database, job executor and application-prod.yaml's admin password would win over them.
   */
  private static ConfigurableApplicationContext runProd(String adminPassword, String engineName) {
    return new SpringApplicationBuilder(SecretariatFlowApplication.class)
        .profiles("prod")
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:prodtest-" + UUID.randomUUID(),
            "--camunda.bpm.job-execution.enabled=false",
            // its own engine name: the engines of other test classes' cached contexts live in the same JVM
            // under "default", and closing this one must not unregister theirs
            "--camunda.bpm.process-engine-name=" + engineName,
            "--camunda.bpm.admin-user.password=" + adminPassword);
  }

  @Test
  void prodRefusesToStartWithTheDemoPassword() {
    Throwable failure = catchThrowable(() -> runProd("demo", "prodtest" + random()).close());

    assertThat(failure).isNotNull();
    assertThat(rootCauseOf(failure))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start with profile 'prod'")
        .hasMessageContaining("camunda.bpm.admin-user.password")
        .hasMessageContaining("well-known default")
        .hasMessageContaining("SECRETARIAT_ADMIN_PASSWORD");
  }

  @Test
  void prodStartsWithAStrongPasswordWithoutDemoStaffAndHardened(CapturedOutput output) throws Exception {
    String engineName = "prodtest" + random();
    try (ConfigurableApplicationContext context = runProd(STRONG, engineName)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      IdentityService identity = engine.getIdentityService();
      assertThat(identity.createUserQuery().userId("clerk1").count()).isZero();
      assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isOne();
      assertThat(identity.checkPassword("admin", STRONG)).isTrue();

      // the generic properties were taken, and merged with those of application.yaml
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.isEnablePasswordPolicy()).isTrue();
      assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
      assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
      assertThat(configuration.isWebappsAuthenticationLoggingEnabled()).isTrue();
      assertThat(configuration.getLoginMaxAttempts()).isEqualTo(10);
      assertThat(configuration.getGeneralResourceWhitelistPattern()).isEqualTo("[a-zA-Z0-9][a-zA-Z0-9_-]*");

      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      webappCookiesHeadersAndLoginAudit("http://localhost:" + port + "/camunda", engineName, output);
    }
  }

  /** Over the wire: secure, strict cookies, HSTS, and every login (good or bad) in the log. */
  private static void webappCookiesHeadersAndLoginAudit(String base, String engineName, CapturedOutput output)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/app/welcome/" + engineName + "/"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").containsIgnoringCase("includeSubDomains"));
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
        .satisfies(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
            .containsIgnoringCase("SameSite=Strict"));
    assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement()
        .satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));

    // the cookies are Secure, so a client would not send them over http: send them by hand
    String cookieHeader = String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
    String csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    URI login = URI.create(base + "/api/admin/auth/user/" + engineName + "/login/welcome");
    // the failed login first and by an unknown user: a successful login starts a new session (and CSRF
    // token), and a failed one would make admin wait a few seconds
    assertThat(login(http, login, cookieHeader, csrfToken, "intruder", "Wrong-" + STRONG)).isEqualTo(401);
    assertThat(login(http, login, cookieHeader, csrfToken, "admin", STRONG)).isEqualTo(200);

    assertThat(output.getAll()).contains("Failed login attempt for user intruder")
        .contains("Successful login for user admin")
        .doesNotContain(STRONG);
  }

  private static int login(HttpClient http, URI uri, String cookies, String csrfToken, String user, String password)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookies)
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String random() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private static Throwable rootCauseOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
