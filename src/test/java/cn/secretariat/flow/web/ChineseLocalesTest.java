package cn.secretariat.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of Camunda's English webapp files has a Chinese text: the English file comes from the
 * Camunda webjar on the classpath, so an upgrade that adds labels fails here instead of showing raw keys.
 */
class ChineseLocalesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAChineseText(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode chinese = read(app, "zh");

    assertThat(keys(chinese.path("labels"))).as("labels of %s", app).isEqualTo(keys(english.path("labels")));
    assertThat(keys(chinese.path("dateLocales"))).as("date formats of %s", app).isEqualTo(keys(english.path("dateLocales")));
    Set<String> empty = new TreeSet<>();
    chinese.path("labels").fields().forEachRemaining(e -> {
      if (e.getValue().asText().isBlank() && !english.path("labels").path(e.getKey()).asText().isBlank()
          && english.path("labels").path(e.getKey()).asText().strip().length() > 1) {
        empty.add(e.getKey());
      }
    });
    assertThat(empty).as("labels left empty in %s", app).isEmpty();
    assertThat(chinese.path("labels").path("BANNER_CE_EOL_TEXT").asText()).contains("Camunda 8");
  }

  private static JsonNode read(String app, String language) throws IOException {
    String path = String.format(LOCALES, app, language);
    try (InputStream in = ChineseLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      // Camunda's English files start with a byte-order mark
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
