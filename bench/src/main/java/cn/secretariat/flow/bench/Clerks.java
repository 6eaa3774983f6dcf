package cn.secretariat.flow.bench;

import static cn.secretariat.flow.bench.Api.expect;
import static cn.secretariat.flow.bench.Api.variables;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 1: concurrent clerks carry 来文办理 documents end to end over REST, as Tasklist would: register,
 * 文件摘要, 拟办 (呈领导批示 with a lead and a co-operating department), 审批, the two parallel 承办, 办结.
 */
final class Clerks {

  record Result(int flows, double seconds, Latency starts, Latency completions) {
    double flowsPerSecond() {
      return flows / seconds;
    }
  }

  private final Api api;
  private final AtomicInteger serial = new AtomicInteger();

  Clerks(Api api) {
    this.api = api;
  }

  /** {@code flows} documents by {@code clerks} concurrent clerks, alternating over the given nodes. */
  Result run(List<URI> nodes, int clerks, int flows) throws Exception {
    Latency starts = new Latency();
    Latency completions = new Latency();
    AtomicInteger remaining = new AtomicInteger(flows);
    ExecutorService pool = Executors.newFixedThreadPool(clerks);
    long t0 = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clerks; c++) {
      running.add(pool.submit(() -> {
        while (remaining.getAndDecrement() > 0) {
          int n = serial.incrementAndGet();
          flow(nodes.get(n % nodes.size()), nodes.get((n + 1) % nodes.size()), n, starts, completions);
        }
        return null;
      }));
    }
    for (Future<?> clerk : running) {
      clerk.get();
    }
    pool.shutdown();
    return new Result(flows, (System.nanoTime() - t0) / 1e9, starts, completions);
  }

  /** Registers one document; its process instance id. */
  String register(URI node, int n, Latency starts) throws Exception {
    long t = System.nanoTime();
    Api.Answer started = api.post(node, "clerk1", "/engine-rest/process-definition/key/incoming-document/start",
        variables("title", "关于报送2027年度立法计划建议的函（第" + n + "件）", "sourceOrg", "省司法厅",
            "sourceDocNumber", "陕司函〔2026〕" + n + "号", "docType", "函", "urgency", "平件",
            "classification", "非密", "pages", 4));
    if (starts != null) {
      starts.recordSince(t);
    }
    return expect(started, 200, "start").body().path("id").asText();
  }

  /** The steps of one document, in order; each is done by one user with one answer. */
  static final List<String> STEPS = List.of("summarize", "propose", "approve", "handle-legal", "handle-finance", "close");

  private void flow(URI a, URI b, int n, Latency starts, Latency completions) throws Exception {
    String id = register(a, n, starts);
    advance(List.of(b, a), id, STEPS.size(), completions);
  }

  /**
   * Carries a registered document through its first {@code steps} steps (of {@link #STEPS}), alternating over
   * the given nodes: 0 leaves it at 文件摘要, 3 at the two parallel 承办, 6 ends it.
   */
  void advance(List<URI> nodes, String id, int steps, Latency completions) throws Exception {
    for (int i = 0; i < steps; i++) {
      URI node = nodes.get(i % nodes.size());
      switch (STEPS.get(i)) {
        case "summarize" -> complete(node, "clerk1", id, "summarize", completions, "summary", "省司法厅函请报送立法计划建议。");
        case "propose" -> complete(node, "chief", id, "propose", completions, "proposal", "呈领导批示",
            "proposalComment", "拟请秘书长阅示", "leadDepartment", "dept-legal", "coDepartments", "dept-finance");
        case "approve" -> complete(node, "leader", id, "approve", completions, "decision", "同意", "handlingDays", 3);
        case "handle-legal" -> complete(node, "legal1", id, "handle", completions, "handlingResult", "已研提意见");
        case "handle-finance" -> complete(node, "finance1", id, "handle", completions, "handlingResult", "已会同办理");
        default -> complete(node, "clerk1", id, "close", completions, "result", "已按批示办结", "archive", false);
      }
    }
  }

  private void complete(URI node, String user, String instance, String step, Latency completions, Object... answers)
      throws Exception {
    Api.Answer tasks = expect(api.get(node, user, "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + step), 200, "find " + step);
    if (tasks.body().size() != 1) {
      throw new IllegalStateException(instance + ": " + tasks.body().size() + " open " + step + " tasks for " + user);
    }
    long t = System.nanoTime();
    Api.Answer done = api.post(node, user, "/engine-rest/task/" + tasks.body().get(0).path("id").asText()
        + "/complete", variables(answers));
    completions.recordSince(t);
    expect(done, 204, "complete " + step);
  }
}
