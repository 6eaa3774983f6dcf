package cn.secretariat.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default (H2 in a file) as one office runs it: the packaged application stopped and started
 * again mid-flow keeps every document, task and login, and the documents go on to the end.
 */
class EmbeddedRestartIT {

  private final Office office = new Office();

  @Test
  void theEmbeddedDefaultKeepsDocumentsTasksAndLoginsAcrossARestart(@TempDir Path dir) throws Exception {
    AppNode node = new AppNode("embedded", Map.of(), List.of("--spring.datasource.url=jdbc:h2:file:"
        + dir.resolve("secretariat") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"));
    try (node) {
      node.start();
      List<String> documents = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        documents.add(office.register(node, i));
      }
      for (int i = 0; i < 3; i++) {
        office.summarize(node, documents.get(i));
      }
      Webapp clerk = Webapp.login(node, "clerk1");
      List<String> before = openTasks(node);
      assertThat(before).hasSize(6);

      node.stop();
      node.start();
      System.out.println("[embedded] restarted in " + node.readyMillis() + " ms");

      assertThat(openTasks(node)).isEqualTo(before);
      assertThat(clerk.userOn(node)).as("the clerk is still logged in").isEqualTo("clerk1");
      assertThat(clerk.complete(node, office.taskId(node, "clerk1", documents.get(3), "summarize"), "summary",
          "重启后提交的摘要")).isEqualTo(204);
      for (int i = 0; i < 6; i++) {
        String document = documents.get(i);
        if (i > 3) {
          office.summarize(node, document);
        }
        office.proposeForwarding(node, document);
        office.handle(node, document);
        office.close(node, document);
      }
      Rest.Answer ended = office.rest.get(node, "admin", "/history/process-instance/count?processDefinitionKey="
          + Office.INCOMING + "&completed=true");
      assertThat(ended.body().path("count").asInt()).isEqualTo(6);
    }
  }

  private List<String> openTasks(AppNode node) throws Exception {
    Rest.Answer tasks = Office.expect(office.rest.get(node, "admin", "/task?processDefinitionKey=" + Office.INCOMING
        + "&sortBy=id&sortOrder=asc"), 200, "tasks");
    List<String> ids = new ArrayList<>();
    tasks.body().forEach(t -> ids.add(t.path("id").asText() + "@" + t.path("taskDefinitionKey").asText()));
    return ids;
  }
}
