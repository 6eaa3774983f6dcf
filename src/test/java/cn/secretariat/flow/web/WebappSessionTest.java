package cn.secretariat.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Webapp logins are kept in the database (Spring Session JDBC), so that any node serves any request. Right
 * after a login Tasklist fires a burst of requests on the new session; they must all see one CSRF token,
 * and the next form submission must be accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappSessionTest {

  private static final String PASSWORD = "test-only";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @RepeatedTest(3)
  void theRequestsRightAfterALoginShareOneCsrfTokenAndTheNextSubmissionIsAccepted() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String before = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", before)
        .POST(HttpRequest.BodyPublishers.ofString("username=clerk1&password=" + URLEncoder.encode(PASSWORD,
            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    String issued = login.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    assertThat(issued).as("the new session's token, issued with the login").isNotEqualTo(before);
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=" + issued
        + ";Path=/camunda"));

    // what Tasklist does next: many requests at once
    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    for (String path : List.of("/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/default/filter",
        "/camunda/api/engine/engine/default/process-definition?latest=true", "/camunda/api/engine/engine/default/user",
        "/camunda/api/engine/engine/default/group?member=clerk1", "/camunda/api/engine/engine/default/task/count",
        "/camunda/api/engine/engine/default/process-definition/count", "/camunda/api/admin/auth/user/default",
        "/camunda/api/engine/engine/default/filter/count", "/camunda/api/engine/engine/default/task?maxResults=5")) {
      burst.add(client.sendAsync(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> answer : burst) {
      HttpResponse<String> response = answer.get();
      assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
      // none of them hands out a token of its own (the old behaviour: each created one, the last saved won)
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> assertThat(t).isEqualTo(issued));
    }
    // Tasklist sends the token it reads from this cookie
    assertThat(cookies.getCookieStore().getCookies()).filteredOn(c -> c.getName().equals("XSRF-TOKEN"))
        .singleElement().satisfies(c -> assertThat(c.getValue()).isEqualTo(issued));

    HttpResponse<String> submission = client.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", issued)
        .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(submission.statusCode()).as(submission.body()).isEqualTo(200);

    // the login is a row in the shared table, not a node's memory
    assertThat(jdbc.queryForObject("SELECT count(*) FROM SPRING_SESSION_ATTRIBUTES WHERE ATTRIBUTE_NAME = ?",
        Integer.class, "authenticatedUser")).isPositive();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
