package cn.secretariat.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may see and do what, asked over HTTP of the running application as clients and browsers ask it:
 * {@code /engine-rest} with Basic credentials, the webapps with a session and their CSRF token. The
 * documents are set up through the engine API; every assertion is about an HTTP answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// a fresh application: the webapps keep engine lookups in static state, which another test class that starts
// and stops an application of its own (ProductionSafeguardsTest) leaves pointing at its closed engine
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AccessControlTest {

  private static final String PASSWORD = "test-only";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  private final HttpClient http = HttpClient.newHttpClient();
  private String secretDocument;
  private String openDocument;

  @BeforeEach
  void twoDocuments() {
    secretDocument = register("关于某专项工作的机密通报", "机密");
    openDocument = register("关于召开主任会议的通知", "非密");
  }

  // ------------------------------------------------------------------ authentication

  @Test
  void everyRestResourceAsksForCredentials() throws Exception {
    for (String path : List.of("/process-definition", "/process-instance", "/task", "/variable-instance",
        "/history/process-instance", "/history/task", "/history/variable-instance", "/deployment", "/user",
        "/group", "/authorization", "/filter", "/incident", "/job", "/process-instance/" + secretDocument)) {
      assertThat(get(path, null).statusCode()).as("GET %s without credentials", path).isEqualTo(401);
    }
    assertThat(send(post("/process-definition/key/incoming-document/start", "{}", null)).statusCode()).isEqualTo(401);
    assertThat(get("/engine", null).statusCode()).as("the list of engines stays open").isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    assertThat(get("/task", basic("clerk2", "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/task", basic("nobody", PASSWORD)).statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresThrottleTheLogin() throws Exception {
    assertThat(get("/task", basic("duty", PASSWORD)).statusCode()).isEqualTo(200);
    assertThat(get("/task", basic("duty", "guess-1")).statusCode()).isEqualTo(401);
    // right after a failure the account waits (Camunda's login delay): even the right password is refused
    assertThat(get("/task", basic("duty", PASSWORD)).statusCode()).isEqualTo(401);
  }

  // ------------------------------------------------------------------ classified documents

  @Test
  void anUnclearedClerkFindsNothingOfAClassifiedDocument() throws Exception {
    String clerk = basic("clerk2", PASSWORD);
    Task secretTask = taskOf(secretDocument);

    assertThat(ids(get("/task", clerk))).doesNotContain(secretTask.getId()).contains(taskOf(openDocument).getId());
    assertThat(ids(get("/process-instance", clerk))).doesNotContain(secretDocument);
    List<String> inFilters = new java.util.ArrayList<>();
    for (JsonNode filter : json(get("/filter", clerk))) {
      inFilters.addAll(ids(send(post("/filter/" + filter.path("id").asText() + "/list", "{}", clerk))));
    }
    assertThat(inFilters).contains(taskOf(openDocument).getId()).doesNotContain(secretTask.getId());
    assertThat(ids(get("/history/process-instance", clerk))).doesNotContain(secretDocument);
    assertThat(ids(get("/history/task?processInstanceId=" + secretDocument, clerk))).isEmpty();
    assertThat(json(get("/variable-instance?processInstanceIdIn=" + secretDocument, clerk))).isEmpty();
    assertThat(json(get("/history/variable-instance?processInstanceId=" + secretDocument, clerk))).isEmpty();
    assertThat(get("/task/" + secretTask.getId(), clerk).statusCode()).isIn(403, 404);
    assertThat(get("/task/" + secretTask.getId() + "/variables", clerk).statusCode()).isIn(403, 404);
    assertThat(get("/task/" + secretTask.getId() + "/form-variables", clerk).statusCode()).isIn(403, 404);
    assertThat(get("/process-instance/" + secretDocument + "/variables", clerk).statusCode()).isIn(403, 404);
    assertThat(send(post("/task/" + secretTask.getId() + "/complete",
        "{\"variables\":{\"summary\":{\"value\":\"x\"}}}", clerk)).statusCode()).isIn(403, 404);
  }

  @Test
  void aClearedClerkWorksTheClassifiedDocument() throws Exception {
    String cleared = basic("secret1", PASSWORD);
    Task secretTask = taskOf(secretDocument);

    assertThat(ids(get("/task", cleared))).contains(secretTask.getId());
    JsonNode variables = json(get("/task/" + secretTask.getId() + "/form-variables", cleared));
    assertThat(variables.path("title").path("value").asText()).isEqualTo("关于某专项工作的机密通报");
    assertThat(ids(get("/history/process-instance", cleared))).contains(secretDocument);
    assertThat(send(post("/task/" + secretTask.getId() + "/complete",
        "{\"variables\":{\"summary\":{\"value\":\"机密通报摘要\"}}}", cleared)).statusCode()).isEqualTo(204);
    // the chief is cleared to 机密 as a group: 拟办 of the classified document goes to the chiefs
    assertThat(ids(get("/task", basic("chief", PASSWORD)))).contains(taskOf(secretDocument).getId());
  }

  @Test
  void aClearanceTakenAwayCountsFromTheNextRequest() throws Exception {
    if (identityService.createUserQuery().userId("auditor1").count() == 0) {
      User auditor = identityService.newUser("auditor1");
      auditor.setPassword(PASSWORD);
      identityService.saveUser(auditor);
    }
    identityService.createMembership("auditor1", Clearance.CONFIDENTIAL.groupId());
    String auditor = basic("auditor1", PASSWORD);
    assertThat(ids(get("/process-instance", auditor))).contains(secretDocument);

    identityService.deleteMembership("auditor1", Clearance.CONFIDENTIAL.groupId());
    assertThat(ids(get("/process-instance", auditor))).doesNotContain(secretDocument);
    assertThat(ids(get("/history/process-instance", auditor))).doesNotContain(secretDocument);
  }

  @Test
  void supervisorsReadUnclassifiedItemsButNotClassifiedOnesAndCompleteNothing() throws Exception {
    String supervisor = basic("supervisor", PASSWORD);
    Task openTask = taskOf(openDocument);

    assertThat(ids(get("/process-instance", supervisor))).contains(openDocument).doesNotContain(secretDocument);
    assertThat(ids(get("/task", supervisor))).contains(openTask.getId()).doesNotContain(taskOf(secretDocument).getId());
    assertThat(ids(get("/history/process-instance", supervisor))).contains(openDocument).doesNotContain(secretDocument);
    assertThat(json(get("/task/" + openTask.getId() + "/variables", supervisor)).path("title").path("value").asText())
        .isEqualTo("关于召开主任会议的通知");
    assertThat(send(post("/task/" + openTask.getId() + "/complete",
        "{\"variables\":{\"summary\":{\"value\":\"x\"}}}", supervisor)).statusCode()).isEqualTo(403);
    assertThat(send(post("/task/" + openTask.getId() + "/claim", "{\"userId\":\"supervisor\"}", supervisor))
        .statusCode()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ what each group may do

  @Test
  void aClerkCannotWorkAnotherGroupsTaskNorDeployNorManageUsers() throws Exception {
    String clerk = basic("clerk1", PASSWORD);
    taskService.complete(taskOf(openDocument).getId(), Map.of("summary", "摘要"));
    Task proposal = taskOf(openDocument);

    assertThat(send(post("/task/" + proposal.getId() + "/complete",
        "{\"variables\":{\"proposal\":{\"value\":\"存档\"},\"proposalComment\":{\"value\":\"存\"}}}", clerk))
        .statusCode()).isIn(403, 404);
    HttpRequest deploy = HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .header("Authorization", clerk)
        .header("Content-Type", "multipart/form-data; boundary=b")
        .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\nContent-Type: application/xml\r\n\r\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\"><process id=\"x\" isExecutable=\"true\"/></definitions>\r\n--b--\r\n"))
        .build();
    assertThat(send(deploy).statusCode()).isEqualTo(403);
    assertThat(send(post("/user/create", "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", clerk))
        .statusCode()).isEqualTo(403);
    assertThat(send(post("/group/create", "{\"id\":\"intruders\",\"name\":\"x\"}", clerk)).statusCode()).isEqualTo(403);
  }

  @Test
  void meetingOrganisersRescheduleByMessageAndSupervisorsCannot() throws Exception {
    Map<String, Object> meeting = new HashMap<>(Map.of("meetingName", "主任会议", "meetingType", "主任会议",
        "startsAt", "2026-12-21T09:00", "endsAt", "2026-12-21T11:00", "venue", "第一会议室", "chair", "主任",
        "attendeeScope", "主任会议组成人员", "expectedCount", 12));
    String id = runtimeService.startProcessInstanceByKey("meeting-service", meeting).getId();
    String body = "{\"messageName\":\"meeting-rescheduled\",\"processInstanceId\":\"" + id + "\","
        + "\"processVariables\":{\"startsAt\":{\"value\":\"2026-12-22T09:00\"},\"endsAt\":{\"value\":\"2026-12-22T11:00\"}}}";

    assertThat(send(post("/message", body, basic("supervisor", PASSWORD))).statusCode()).isEqualTo(403);
    assertThat(send(post("/message", body, basic("clerk2", PASSWORD))).statusCode()).isEqualTo(204);
    assertThat(runtimeService.getVariable(id, "startsAt")).isEqualTo(java.util.Date.from(
        java.time.LocalDateTime.parse("2026-12-22T09:00").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
  }

  @Test
  void eachGroupOpensOnlyItsWebapps() throws Exception {
    assertThat(webappLogin("clerk1", "tasklist").status).isEqualTo(200);
    assertThat(webappLogin("clerk1", "cockpit").status).isEqualTo(403);
    assertThat(webappLogin("clerk1", "admin").status).isEqualTo(403);
    assertThat(webappLogin("supervisor", "cockpit").status).isEqualTo(200);
    assertThat(webappLogin("supervisor", "admin").status).isEqualTo(403);
    assertThat(webappLogin("admin", "admin").status).isEqualTo(200);
  }

  @Test
  void cockpitShowsTheSupervisorNoClassifiedDocument() throws Exception {
    Session cockpit = webappLogin("supervisor", "cockpit");
    String api = "/camunda/api/engine/engine/default";
    assertThat(ids(cockpit.get(api + "/process-instance"))).contains(openDocument).doesNotContain(secretDocument);
    assertThat(ids(cockpit.get(api + "/history/process-instance"))).contains(openDocument)
        .doesNotContain(secretDocument);
    assertThat(cockpit.get(api + "/process-instance/" + secretDocument).statusCode()).isIn(403, 404);
  }

  @Test
  void aWebappPostWithoutTheCsrfTokenIsRefused() throws Exception {
    Session tasklist = webappLogin("clerk1", "tasklist");
    String start = "/camunda/api/engine/engine/default/process-definition/key/incoming-document/submit-form";
    // with the token (and the page's origin) the session reaches the engine: the registration check answers
    HttpRequest withToken = HttpRequest.newBuilder(uri(start)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", tasklist.csrfToken).header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"))
        .build();
    HttpResponse<String> answered = tasklist.client.send(withToken, HttpResponse.BodyHandlers.ofString());
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(400);
    assertThat(answered.body()).contains("请填写：标题");
    HttpRequest withoutToken = HttpRequest.newBuilder(uri(start)).header("Content-Type", "application/json")
        .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build();
    assertThat(tasklist.client.send(withoutToken, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ helpers

  private String register(String title, String classification) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title);
    variables.put("sourceOrg", "省委办公厅");
    variables.put("docType", "通报");
    variables.put("urgency", "平件");
    variables.put("classification", classification);
    variables.put("pages", 2);
    return runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, variables).getId();
  }

  private Task taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String restPath, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/engine-rest" + restPath)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  private HttpRequest post(String restPath, String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/engine-rest" + restPath))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as("status of %s: %s", response.uri(), response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    return json(response).findValuesAsText("id");
  }

  /** A browser session of one webapp: its cookie jar and CSRF token. */
  private final class Session {
    final HttpClient client;
    final int status;
    final String csrfToken;

    Session(HttpClient client, int status, String csrfToken) {
      this.client = client;
      this.status = status;
      this.csrfToken = csrfToken;
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private Session webappLogin(String user, String app) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    // the first visit hands out the session and its CSRF token
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    // the login renews the session and hands out the new session's token with its answer (LoginCsrfTokenFilter)
    String renewed = login.headers().firstValue("X-XSRF-TOKEN").orElse(token);
    return new Session(client, login.statusCode(), renewed);
  }
}
