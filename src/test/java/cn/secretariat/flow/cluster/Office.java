package cn.secretariat.flow.cluster;

import static cn.secretariat.flow.cluster.Rest.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * The office's clerks at work over REST, the way Tasklist or a client system would do it: register a
 * document, find one's task, complete it with the form's answers. Each call names the node it goes to.
 */
final class Office {

  static final String INCOMING = "incoming-document";
  static final String OUTGOING = "outgoing-review";

  final Rest rest = new Rest();

  /** 来文登记 by clerk1; the new instance's id, or an exception when the node did not acknowledge it. */
  String register(AppNode node, int n) throws IOException, InterruptedException {
    Rest.Answer answer = rest.post(node, "clerk1", "/process-definition/key/" + INCOMING + "/start",
        variables("title", "关于报送2027年度立法计划建议的函（第" + n + "件）", "sourceOrg", "省司法厅",
            "sourceDocNumber", "陕司函〔2026〕" + n + "号", "docType", "函", "urgency", "平件", "classification",
            "非密", "pages", 4));
    return expect(answer, 200, "start " + INCOMING).id();
  }

  /** 发文起草 by clerk1, a draft that passes the format pre-check. */
  String draft(AppNode node, int n) throws IOException, InterruptedException {
    Rest.Answer answer = rest.post(node, "clerk1", "/process-definition/key/" + OUTGOING + "/start",
        variables("docType", "通知", "title", "关于做好元旦春节期间值班工作的通知", "issuerCode", "陕人办发",
            "urgency", "平件", "classification", "非密", "copies", 30, "mainRecipients", "机关各部门",
            "body", "请各部门于2026年12月31日前报送值班安排（第" + n + "稿）。"));
    return expect(answer, 200, "start " + OUTGOING).id();
  }

  void summarize(AppNode node, String instance) throws IOException, InterruptedException {
    complete(node, "clerk1", instance, "summarize", "summary", "省司法厅函请报送立法计划建议。");
  }

  void proposeForwarding(AppNode node, String instance) throws IOException, InterruptedException {
    complete(node, "chief", instance, "propose", "proposal", "直接转办", "proposalComment", "转法工委办理",
        "leadDepartment", "dept-legal", "handlingDays", 3);
  }

  void handle(AppNode node, String instance) throws IOException, InterruptedException {
    complete(node, "legal1", instance, "handle", "handlingResult", "已研提意见并答复");
  }

  void close(AppNode node, String instance) throws IOException, InterruptedException {
    complete(node, "clerk1", instance, "close", "result", "已按要求办结", "archive", false);
  }

  /** 初审、复审、三审 and 签发 of a draft, each through the given node. */
  void reviewAndSign(AppNode node, String instance) throws IOException, InterruptedException {
    complete(node, "clerk1", instance, "review-1", "reviewDecision", "通过");
    complete(node, "chief", instance, "review-2", "reviewDecision", "通过");
    complete(node, "chief", instance, "review-3", "reviewDecision", "通过");
    complete(node, "leader", instance, "sign", "signDecision", "同意签发");
  }

  void complete(AppNode node, String user, String instance, String step, Object... answers)
      throws IOException, InterruptedException {
    String task = taskId(node, user, instance, step);
    expect(rest.post(node, user, "/task/" + task + "/complete", variables(answers)), 204,
        "complete " + step + " of " + instance);
  }

  String taskId(AppNode node, String user, String instance, String step) throws IOException, InterruptedException {
    Rest.Answer tasks = expect(rest.get(node, user, "/task?processInstanceId=" + instance + "&taskDefinitionKey="
        + step), 200, "find " + step);
    if (tasks.body().size() != 1) {
      throw new IllegalStateException(instance + " has " + tasks.body().size() + " open " + step + " tasks for "
          + user + ": " + tasks.raw());
    }
    return tasks.body().get(0).path("id").asText();
  }

  static Rest.Answer expect(Rest.Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.raw());
    }
    return answer;
  }

  static Map<String, Object> none() {
    return Map.of();
  }

  static boolean isJsonError(JsonNode body) {
    return body.hasNonNull("type") && body.hasNonNull("message");
  }
}
