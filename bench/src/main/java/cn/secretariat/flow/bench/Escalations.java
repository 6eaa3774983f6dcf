package cn.secretariat.flow.bench;

import static cn.secretariat.flow.bench.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scenario 2: escalation punctuality. Documents are registered; the 办理时限届满 timer of each 文件摘要 is
 * given a due instant over REST ({@code PUT /job/{id}/duedate}, as an administrator moving a deadline
 * would); the lag is the time from that instant to the {@code overdue} incident the escalation opens.
 */
final class Escalations {

  static final DateTimeFormatter CAMUNDA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  record Result(Latency lag, int escalated, int expected, long duplicates) {
  }

  private final Api api;
  private final Clerks clerks;

  Escalations(Api api, Clerks clerks) {
    this.api = api;
    this.clerks = clerks;
  }

  /** Registers {@code count} documents; their 办理时限届满 timer job ids by process instance. */
  Map<String, String> prepare(List<URI> nodes, int count, int offset) throws Exception {
    List<String> instances = parallel(count, i -> clerks.register(nodes.get(i % nodes.size()), offset + i, null));
    Map<String, String> jobs = new HashMap<>();
    Api.Answer list = expect(api.get(nodes.get(0), "admin", "/engine-rest/job?activityId=Timer_SummarizeOverdue"
        + "&maxResults=1000000"), 200, "jobs");
    java.util.Set<String> wanted = new java.util.HashSet<>(instances);
    for (JsonNode job : list.body()) {
      if (wanted.contains(job.path("processInstanceId").asText())) {
        jobs.put(job.path("processInstanceId").asText(), job.path("id").asText());
      }
    }
    if (jobs.size() != count) {
      throw new IllegalStateException("expected " + count + " overdue timers, found " + jobs.size());
    }
    return jobs;
  }

  /** Gives the timers due instants spread evenly over {@code spreadMillis}, starting {@code leadMillis} from now. */
  Map<String, Instant> schedule(URI node, Map<String, String> jobs, long leadMillis, long spreadMillis) throws Exception {
    List<String> instances = new ArrayList<>(jobs.keySet());
    Instant first = Instant.now().plusMillis(leadMillis);
    Map<String, Instant> due = new HashMap<>();
    for (int i = 0; i < instances.size(); i++) {
      due.put(instances.get(i), first.plusMillis(spreadMillis * i / Math.max(1, instances.size())));
    }
    parallel(instances.size(), i -> {
      String instance = instances.get(i);
      expect(api.put(node, "admin", "/engine-rest/job/" + jobs.get(instance) + "/duedate",
          Map.of("duedate", CAMUNDA.format(OffsetDateTime.ofInstant(due.get(instance), ZoneOffset.UTC)))), 204,
          "due date");
      return null;
    });
    if (Instant.now().isAfter(first)) {
      throw new IllegalStateException("scheduling took longer than the lead time; raise it");
    }
    return due;
  }

  /** Waits until every scheduled timer escalated (or the limit passed) and measures each lag. */
  Result measure(URI node, Map<String, Instant> due, long limitMillis) throws Exception {
    Instant last = due.values().stream().max(Instant::compareTo).orElseThrow();
    long deadline = last.toEpochMilli() + limitMillis;
    Map<String, List<Instant>> incidents = Map.of();
    while (System.currentTimeMillis() < deadline) {
      incidents = incidents(node, due);
      if (incidents.size() == due.size()) {
        break;
      }
      Thread.sleep(500);
    }
    Latency lag = new Latency();
    long duplicates = 0;
    for (Map.Entry<String, List<Instant>> entry : incidents.entrySet()) {
      Instant first = entry.getValue().stream().min(Instant::compareTo).orElseThrow();
      lag.recordMillis(Math.max(0, first.toEpochMilli() - due.get(entry.getKey()).toEpochMilli()));
      duplicates += entry.getValue().size() - 1;
    }
    return new Result(lag, incidents.size(), due.size(), duplicates);
  }

  private Map<String, List<Instant>> incidents(URI node, Map<String, Instant> due) throws Exception {
    Api.Answer list = expect(api.get(node, "admin", "/engine-rest/history/incident?incidentType=overdue"
        + "&maxResults=1000000"), 200, "incidents");
    Map<String, List<Instant>> found = new HashMap<>();
    for (JsonNode incident : list.body()) {
      String instance = incident.path("processInstanceId").asText();
      if (due.containsKey(instance)) {
        found.computeIfAbsent(instance, k -> new ArrayList<>())
            .add(OffsetDateTime.parse(incident.path("createTime").asText(), CAMUNDA).toInstant());
      }
    }
    return found;
  }

  interface Work<T> {
    T run(int i) throws Exception;
  }

  static <T> List<T> parallel(int n, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> work.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
