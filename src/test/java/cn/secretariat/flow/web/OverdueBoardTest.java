package cn.secretariat.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.support.EngineClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code GET /api/overdue}: lateness in working time, the due-soon list, and only what the caller may see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverdueBoardTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void lateItemsShowTheirLatenessInWorkingTimeAndClassifiedOnesOnlyToTheCleared() throws Exception {
    EngineClock.set("2026-11-19T16:00"); // Thursday: a 平件 summary is due Friday 17:30
    String late = register("关于逾期测试的函", "非密");
    String secret = register("关于机密事项的通报", "机密");
    EngineClock.set("2026-11-24T10:00"); // Tuesday
    String fresh = register("关于新收到的函", "非密"); // due Wednesday 17:30: within one working day

    JsonNode clerk = board("clerk2");
    JsonNode item = find(clerk.path("overdue"), late);
    // Friday 17:30 → Tuesday 10:00: Monday's 7 office hours and one on Tuesday
    assertThat(item.path("overdueDays").asLong()).isEqualTo(1);
    assertThat(item.path("overdueHours").asLong()).isEqualTo(1);
    assertThat(item.path("title").asText()).isEqualTo("关于逾期测试的函");
    assertThat(item.path("process").asText()).isEqualTo("来文办理");
    assertThat(item.path("step").asText()).isEqualTo("文件摘要");
    assertThat(item.path("urgency").asText()).isEqualTo("平件");
    assertThat(find(clerk.path("overdue"), secret)).as("classified, clerk2 not cleared").isNull();
    assertThat(find(clerk.path("overdue"), fresh)).isNull();
    assertThat(find(clerk.path("dueSoon"), fresh)).isNotNull();
    assertThat(clerk.path("overdueByProcess").path("来文办理").asLong()).isPositive();
    assertThat(clerk.path("overdueByStep").path("来文办理 · 文件摘要").asLong()).isPositive();
    assertThat(clerk.path("overdueTotal").asLong()).isEqualTo(clerk.path("overdue").size());
    assertThat(clerk.path("countsComplete").asBoolean()).isTrue();
    assertThat(clerk.path("dueSoonTotal").asLong()).isEqualTo(clerk.path("dueSoon").size());

    // a page of one: the most overdue item, with the full total beside it
    EngineClock.set("2026-11-18T10:00");
    String older = register("关于更早逾期的函", "非密");
    EngineClock.set("2026-11-24T10:00");
    JsonNode all = board("clerk2");
    assertThat(all.path("overdueTotal").asLong()).isEqualTo(clerk.path("overdueTotal").asLong() + 1);
    assertThat(find(all.path("overdue"), older).path("due").asText())
        .as("most overdue first").isLessThan(find(all.path("overdue"), late).path("due").asText());
    JsonNode one = board("clerk2", "?items=1");
    assertThat(one.path("overdue")).hasSize(1);
    assertThat(one.path("overdue").get(0).path("taskId")).isEqualTo(all.path("overdue").get(0).path("taskId"));
    assertThat(one.path("overdueTotal")).isEqualTo(all.path("overdueTotal"));
    for (String bad : new String[] {"?items=0", "?items=1001", "?items=abc"}) {
      HttpResponse<String> refused = get("clerk2", bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body()).contains("每个列表显示的条数");
    }

    assertThat(find(board("secret1").path("overdue"), secret)).as("secret1 is cleared to 机密").isNotNull();
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/overdue")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  private String register(String title, String classification) {
    Map<String, Object> variables = new HashMap<>(Map.of("title", title, "sourceOrg", "省政府办公厅", "docType", "函",
        "urgency", "平件", "classification", classification, "pages", 2));
    return runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, variables).getId();
  }

  private JsonNode board(String user) throws Exception {
    return board(user, "");
  }

  private JsonNode board(String user, String query) throws Exception {
    HttpResponse<String> response = get(user, query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private HttpResponse<String> get(String user, String query) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":test-only").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/overdue" + query))
        .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode find(JsonNode items, String processInstanceId) {
    for (JsonNode item : items) {
      if (processInstanceId.equals(item.path("processInstanceId").asText())) {
        return item;
      }
    }
    return null;
  }
}
