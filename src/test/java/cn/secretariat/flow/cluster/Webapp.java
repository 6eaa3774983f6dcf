package cn.secretariat.flow.cluster;

import static cn.secretariat.flow.cluster.Rest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session with the webapps: cookie and CSRF token, sent to whichever node. */
final class Webapp {
  private final HttpClient client;
  private String token;

  private Webapp(HttpClient client, String token) {
    this.client = client;
    this.token = token;
  }

  static Webapp login(AppNode node, String user) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(node.base().resolve("/camunda/app/tasklist/default/"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(AppNode.PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            node.base().resolve("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
    // the new session's token comes with the login's answer, as the cookie Tasklist reads
    Webapp session = new Webapp(client, login.headers().firstValue("X-XSRF-TOKEN").orElse(token));
    session.userOn(node);
    return session;
  }

  /** The logged-in user as the node sees it, or null when the node does not know the session. */
  String userOn(AppNode node) throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
        node.base().resolve("/camunda/api/admin/auth/user/default")).header("Accept", "application/json").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    answer.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
    return answer.statusCode() == 200 ? Rest.JSON.readTree(answer.body()).path("userId").asText() : null;
  }

  int complete(AppNode node, String task, Object... answers) throws Exception {
    URI uri = node.base().resolve("/camunda/api/engine/engine/default/task/" + task + "/complete");
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", token).header("Origin", node.base().toString())
        .POST(HttpRequest.BodyPublishers.ofString(Rest.JSON.writeValueAsString(variables(answers)))).build(),
        HttpResponse.BodyHandlers.ofString());
    return answer.statusCode();
  }
}
