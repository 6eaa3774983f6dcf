package cn.secretariat.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The webapps as a browser loads them: Chinese first, the office's name, no end-of-life banner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappConfigurationTest {

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyWebappSpeaksChineseFirstAndCarriesTheOfficesName() throws Exception {
    for (String app : WebappConfiguration.APPS) {
      HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");
      assertThat(config.statusCode()).isEqualTo(200);
      assertThat(config.body()).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'")
          .contains("name: '秘书处工作平台'");
      assertThat(get("/camunda/app/" + app + "/styles/user-styles.css").body()).contains(".ce-eol-banner { display: none");
      assertThat(get("/camunda/app/" + app + "/locales/zh.json").statusCode()).isEqualTo(200);
    }
    assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("签收当前选中的任务")
        .contains("customScripts: ['scripts/form-messages-zh.js']");
    assertThat(get("/camunda/app/tasklist/scripts/form-messages-zh.js").body()).contains("此项为必填项。");
    assertThat(get("/camunda/app/cockpit/scripts/config.js").body()).contains("customScripts: ['scripts/overdue-board.js']");
    assertThat(get("/camunda/app/cockpit/scripts/overdue-board.js").body()).contains("逾期督办").contains("/api/overdue");
    assertThat(get("/camunda/app/nowhere/scripts/config.js").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
