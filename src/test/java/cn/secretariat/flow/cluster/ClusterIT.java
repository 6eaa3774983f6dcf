package cn.secretariat.flow.cluster;

import static cn.secretariat.flow.cluster.Rest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the packaged application on one real PostgreSQL, as production runs them ({@code postgres}
 * profile, each node its own JVM, driven only over REST and the webapps' HTTP API). The methods run in order
 * on the same cluster and database: concurrency on one task, 500 documents across both nodes, a node killed
 * with {@code kill -9} under load, a node restarted mid-flow. Figures are printed as {@code [cluster] ...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final int CLIENTS = 8;

  private TestPostgres db;
  private AppNode a;
  private AppNode b;
  private Ledger ledger;
  private final Office office = new Office();
  /** Documents left mid-flow by the crash test for the restart test. */
  private final List<String> midFlow = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  void startCluster() throws Exception {
    db = TestPostgres.startOrSkip();
    ledger = new Ledger(db);
    // the first node alone on the empty database creates the schema and deploys; then the second joins
    a = AppNode.onPostgres("node-a", db).start();
    b = AppNode.onPostgres("node-b", db).start();
    report("node-a ready after %d ms (empty database), node-b after %d ms", a.readyMillis(), b.readyMillis());
  }

  @AfterAll
  void stopCluster() throws Exception {
    for (AppNode node : new AppNode[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    if (db != null) {
      db.close();
    }
  }

  private AppNode node(int i) {
    return i % 2 == 0 ? a : b;
  }

  // ------------------------------------------------------------------------------------------------------

  @Test
  @Order(0)
  void thePlannerKnowsHowManyGrantsCarryEachPermission() {
    // AuthorizationTuning: created once by the first node ready, kept by the second
    assertThat(ledger.count("SELECT count(*) FROM pg_statistic_ext WHERE stxname IN ('sf_auth_perms_2', 'sf_auth_perms_64')"))
        .isEqualTo(2);
  }

  @Test
  @Order(1)
  void twentyParallelCompletionsOfOneTaskSucceedOnceAndTheOthersAreToldWhy() throws Exception {
    String document = office.register(a, 0);
    String task = office.taskId(a, "clerk1", document, "summarize");

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService clerks = Executors.newFixedThreadPool(20);
    List<Future<Rest.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int clerk = i;
      answers.add(clerks.submit(() -> {
        go.await();
        return office.rest.post(node(clerk), "clerk1", "/task/" + task + "/complete",
            variables("summary", "第" + clerk + "次提交的摘要"));
      }));
    }
    go.countDown();
    List<Rest.Answer> results = new ArrayList<>();
    for (Future<Rest.Answer> answer : answers) {
      results.add(answer.get());
    }
    clerks.shutdown();

    List<Integer> winners = IntStream.range(0, 20).filter(i -> results.get(i).status() == 204).boxed().toList();
    assertThat(winners).as("exactly one completion succeeds: %s", statuses(results)).hasSize(1);
    List<Rest.Answer> refused = results.stream().filter(r -> r.status() != 204).toList();
    assertThat(refused).hasSize(19).allSatisfy(r -> {
      assertThat(r.status()).isIn(404, 409);
      assertThat(Office.isJsonError(r.body())).as(r.raw()).isTrue();
      assertThat(r.message()).containsAnyOf("已被他人", "已不存在").doesNotContain("Exception").doesNotContain("\tat ");
    });
    report("20 parallel completions of one task: 1 x 204, %s", refused.stream()
        .collect(Collectors.groupingBy(Rest.Answer::status, Collectors.counting())));

    // the next step runs once, with the winner's answer
    assertThat(ledger.count("SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = 'summarize'",
        document)).isOne();
    assertThat(ledger.count("SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = 'propose'",
        document)).isOne();
    assertThat(ledger.openTasksAt(List.of(document), "propose")).isOne();
    assertThat(ledger.textVariable(document, "summary")).isEqualTo("第" + winners.get(0) + "次提交的摘要");
  }

  @Test
  @Order(2)
  void fiveHundredDocumentsOnTwoNodesEveryTimerOnceEveryNumberOnce() throws Exception {
    long t0 = System.nanoTime();
    List<String> documents = parallel(500, i -> office.register(node(i), i));
    report("500 documents registered alternately through node-a and node-b in %d ms", millisSince(t0));
    assertThat(new HashSet<>(documents)).hasSize(500);
    assertThat(ledger.openTasksAt(documents, "summarize")).isEqualTo(500);

    // the deadlines pass: 催办 and 督办 timers of all 500 文件摘要 tasks come due at once
    java.sql.Timestamp due = ledger.now();
    assertThat(ledger.makeTimersDue(documents, "Timer_%")).isEqualTo(1000);
    Ledger.await("every due timer has run", Duration.ofMinutes(5), () -> ledger.dueJobs(documents) == 0);
    long[] window = ledger.runWindow(documents, due);
    report("1000 timers due at once: the first ran %d ms after, the last %d ms after (%.0f jobs/s)", window[0],
        window[1], 1000 * 1000.0 / Math.max(1, window[1] - window[0]));

    Map<String, Long> timerRuns = ledger.successfulRunsPerJob(documents, "timer-transition");
    assertThat(timerRuns).hasSize(1000).allSatisfy((job, runs) -> assertThat(runs).as("runs of job %s", job).isOne());
    Map<String, Long> perNode = ledger.runsPerNode(documents);
    report("timer runs per node: %s", perNode);
    assertThat(perNode).containsOnlyKeys("node-a", "node-b");
    assertThat(ledger.failedJobs(documents)).isZero();
    assertOneEscalationPerTask(documents, 500);

    // every document completed to the end, each step through either node
    long t2 = System.nanoTime();
    parallel(500, i -> {
      String document = documents.get(i);
      office.summarize(node(i), document);
      office.proposeForwarding(node(i + 1), document);
      office.handle(node(i), document);
      office.close(node(i + 1), document);
      return document;
    });
    report("500 documents summarized, forwarded, handled and closed (2000 completions) in %d ms", millisSince(t2));
    assertThat(ledger.ended(documents)).isEqualTo(500);
    assertThat(ledger.openIncidents(documents)).isZero();

    // 发文字号 taken by the numbering job on whichever node acquires it
    List<String> drafts = parallel(60, i -> {
      String draft = office.draft(node(i), i);
      office.reviewAndSign(node(i + 1), draft);
      return draft;
    });
    Ledger.await("every signed draft numbered", Duration.ofMinutes(2),
        () -> ledger.openTasksAt(drafts, "print") == 60);
    assertNumberedOnceWithoutGaps(drafts);
    assertThat(ledger.successfulRunsPerJob(drafts, "async-continuation")).hasSize(60)
        .allSatisfy((job, runs) -> assertThat(runs).isOne());
    report("60 drafts numbered, numbering jobs per node: %s", ledger.runsPerNode(drafts));
  }

  @Test
  @Order(3)
  void killNineUnderLoadLosesNothing() throws Exception {
    List<String> documents = parallel(300, i -> office.register(node(i), 1000 + i));
    List<String> drafts = parallel(40, i -> {
      String draft = office.draft(node(i), 1000 + i);
      office.complete(node(i), "clerk1", draft, "review-1", "reviewDecision", "通过");
      office.complete(node(i + 1), "chief", draft, "review-2", "reviewDecision", "通过");
      office.complete(node(i), "chief", draft, "review-3", "reviewDecision", "通过");
      return draft;
    });

    // load on both nodes: clerks keep registering and summarizing; a call the dead node never answered
    // is not acknowledged, and the clerk goes on with the other node
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicInteger refusedByDeadNode = new AtomicInteger();
    AtomicInteger counter = new AtomicInteger(2000);
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<Future<?>> loaders = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      loaders.add(load.submit(() -> {
        while (loading.get()) {
          int n = counter.incrementAndGet();
          AppNode node = node(n).alive() ? node(n) : node(n + 1);
          try {
            String document = office.register(node, n);
            acknowledged.add(document);
            if (n % 3 == 0) {
              office.summarize(node(n + 1).alive() ? node(n + 1) : node, document);
            }
          } catch (Exception deadNode) {
            refusedByDeadNode.incrementAndGet();
          }
        }
        return null;
      }));
    }

    List<String> orphaned;
    long killedAt;
    try {
      // 600 timers come due and the 40 drafts are signed: their numbering jobs come due too
      ledger.makeTimersDue(documents, "Timer_%");
      parallel(40, i -> {
        office.complete(node(i), "leader", drafts.get(i), "sign", "signDecision", "同意签发");
        return null;
      });
      Ledger.await("node-a holds locked jobs", Duration.ofSeconds(60), () -> !ledger.lockedBy("node-a").isEmpty());
      a.kill();
      killedAt = System.nanoTime();
      orphaned = ledger.lockedBy("node-a");
      report("kill -9 node-a (pid %d) while it held %d locked jobs", a.pid(), orphaned.size());
      assertThat(orphaned).as("the kill must catch node-a holding jobs, else it proves nothing").isNotEmpty();

      Thread.sleep(5000);
    } finally {
      loading.set(false);
      for (Future<?> loader : loaders) {
        loader.get();
      }
      load.shutdown();
    }

    List<String> all = new ArrayList<>(documents);
    all.addAll(acknowledged);
    Ledger.await("node-b has run every job node-a held", Duration.ofMinutes(3),
        () -> ledger.jobsAmong(orphaned) == 0);
    long recovered = millisSince(killedAt);
    Ledger.await("no due job left", Duration.ofMinutes(3),
        () -> ledger.dueJobs(all) == 0 && ledger.dueJobs(drafts) == 0);
    report("node-b ran node-a's %d orphaned jobs %d ms after the kill (lock time 60 000 ms);"
        + " load meanwhile: %d documents acknowledged, %d calls refused by the dead node", orphaned.size(),
        recovered, acknowledged.size(), refusedByDeadNode.get());

    // every acknowledged start exists and is consistent: one open task each, or ended
    assertThat(ledger.instancesKnown(acknowledged)).isEqualTo(acknowledged.size());
    List<String> everyDocument = ledger.instancesOf(Office.INCOMING);
    assertThat(ledger.openTasksPerRunningInstance(everyDocument))
        .allSatisfy((instance, tasks) -> assertThat(tasks).as("open tasks of %s", instance).isOne());
    assertThat(ledger.failedJobs(everyDocument)).isZero();
    assertThat(ledger.failedJobs(drafts)).isZero();

    // every due timer ran exactly once: none lost with node-a, none run again by node-b
    Map<String, Long> timerRuns = ledger.successfulRunsPerJob(documents, "timer-transition");
    assertThat(timerRuns).hasSize(600).allSatisfy((job, runs) -> assertThat(runs).as("runs of %s", job).isOne());
    assertOneEscalationPerTask(documents, 300);
    assertThat(ledger.overdueIncidentsPerTask(everyDocument).values()).allSatisfy(n -> assertThat(n).isOne());

    Ledger.await("every signed draft numbered", Duration.ofMinutes(1), () -> ledger.openTasksAt(drafts, "print") == 40);
    assertNumberedOnceWithoutGaps(drafts);

    // node-a comes back and works at once
    a.start();
    report("node-a restarted in %d ms", a.readyMillis());
    office.summarize(a, documents.get(0));
    midFlow.addAll(documents);
    midFlow.addAll(acknowledged);
  }

  @Test
  @Order(4)
  void aRestartedNodeFindsEveryInstanceAndTaskAndAClerkStaysLoggedIn() throws Exception {
    Webapp clerk = Webapp.login(a, "clerk1");
    assertThat(clerk.userOn(b)).as("the login made on node-a counts on node-b").isEqualTo("clerk1");

    List<String> tasksBefore = ledger.openTaskIds(midFlow);
    b.stop();
    b.start();
    report("node-b stopped and started again in %d ms", b.readyMillis());
    // what a load balancer asks before sending requests again: no credentials, no details
    java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(b.base().resolve("/actuator/health")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Rest.JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
    assertThat(health.body()).doesNotContain("components").doesNotContain("details");
    assertThat(ledger.openTaskIds(midFlow)).isEqualTo(tasksBefore);
    assertThat(clerk.userOn(b)).as("still logged in after node-b's restart").isEqualTo("clerk1");

    // a state-changing webapp call through the restarted node, with the token handed out by node-a
    String document = midFlow.get(1);
    String task = office.taskId(b, "clerk1", document, "summarize");
    assertThat(clerk.complete(b, task, "summary", "经重启后的节点提交")).isEqualTo(204);

    // every document finishes, through both nodes
    parallel(midFlow.size(), i -> {
      String instance = midFlow.get(i);
      AppNode node = node(i);
      if (ledger.openTasksAt(List.of(instance), "summarize") == 1) {
        office.summarize(node, instance);
      }
      office.proposeForwarding(node(i + 1), instance);
      office.handle(node, instance);
      office.close(node(i + 1), instance);
      return instance;
    });
    assertThat(ledger.ended(midFlow)).isEqualTo(midFlow.size());
    assertThat(ledger.openIncidents(midFlow)).isZero();
    report("%d documents left mid-flow by the crash and restarts completed to the end", midFlow.size());
  }

  // ------------------------------------------------------------------------------------------------------

  private void assertOneEscalationPerTask(List<String> documents, int tasks) {
    assertThat(ledger.commentsPerTask(documents, "【催办】")).hasSize(tasks).allSatisfy((t, n) -> assertThat(n).isOne());
    assertThat(ledger.commentsPerTask(documents, "【督办】")).hasSize(tasks).allSatisfy((t, n) -> assertThat(n).isOne());
    assertThat(ledger.overdueIncidentsPerTask(documents)).hasSize(tasks).allSatisfy((t, n) -> assertThat(n).isOne());
  }

  private void assertNumberedOnceWithoutGaps(List<String> drafts) {
    Map<String, List<Integer>> numbers = ledger.documentNumbers(drafts);
    assertThat(numbers).hasSize(drafts.size()).allSatisfy((draft, taken) -> assertThat(taken).hasSize(1));
    List<Integer> sequence = numbers.values().stream().map(n -> n.get(0)).sorted().toList();
    int first = sequence.get(0);
    assertThat(sequence).as("consecutive, no gap, no duplicate")
        .isEqualTo(IntStream.range(first, first + drafts.size()).boxed().toList());
  }

  private interface Work<T> {
    T run(int i) throws Exception;
  }

  /** Runs n pieces of work with {@link #CLIENTS} concurrent clients; the results in order. */
  private static <T> List<T> parallel(int n, Work<T> work) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(clients.submit(() -> work.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      clients.shutdownNow();
    }
  }

  private static Map<Integer, Long> statuses(List<Rest.Answer> answers) {
    return answers.stream().collect(Collectors.groupingBy(Rest.Answer::status, Collectors.counting()));
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  static void report(String format, Object... args) {
    System.out.println("[cluster] " + String.format(format, args));
  }
}
