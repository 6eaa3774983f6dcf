package cn.secretariat.flow.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark: every scenario once with the product's settings and once with Camunda's stock settings
 * (profile {@code stock}, bench/config), in the same run on the same machine, repeated and reported as
 * medians side by side (README "Benchmark"). Options, all optional:
 * <pre>
 *   --postgres=jdbc:postgresql://host:port/db  a PostgreSQL server (user/password: --pg-user, --pg-password);
 *                                              the bench creates and drops a database per run. Without it: H2.
 *   --repeat=3        runs per configuration (medians are reported)
 *   --clerks=8        concurrent clerks
 *   --flows=300       documents carried end to end in scenario 1
 *   --timers=600      deadlines coming due under load, and again after the system sat idle
 *   --idle=75         seconds the system sits idle before the second batch falls due
 *   --cluster         scenario 5 as well: two nodes on the PostgreSQL server
 *   --volume          scenario 3 as well (needs --postgres): seeds 1,000,000 finished instances and 100,000
 *                     open tasks once (about X minutes), then measures Tasklist and the board per configuration
 *   --copies=5000     copies of the volume's template (200 finished documents, 20 open tasks each)
 *   --history-copies=1000  copies of the template's history rows (default: a fifth of --copies)
 *   --offices=20      committee offices the copies are spread over, each with its own groups
 *   --reuse           scenario 3 on the database an earlier --volume run seeded (bench_volume), not seeded again
 *   --configs=product only some configurations (product, stock): for tuning experiments, not for the README
 *   --jvm="-X.. -X.."  extra JVM options for the product's nodes, e.g. a flight recording: for experiments
 * </pre>
 */
public final class Bench {

  static final String PASSWORD = "Bench-2026";

  record Config(String name, List<String> jvmOptions, List<String> profiles, String h2Options) {
  }

  /** The product as the README runs it; stock: Camunda's (and the JVM's) defaults for what the product tunes. */
  static final List<Config> CONFIGS = List.of(
      new Config("product", Product.JVM_OPTIONS, List.of(), Product.H2_OPTIONS),
      new Config("stock", List.of(), List.of("stock"), "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"));

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.equals("--help")) {
        System.out.println(Bench.class.getName() + ": see the class comment or README \"Benchmark\"");
        return;
      }
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      options.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    new Bench(options).run();
  }

  private final Map<String, String> options;
  private final Path root = Path.of(System.getProperty("user.dir")).getFileName().toString().equals("bench")
      ? Path.of(System.getProperty("user.dir")).getParent() : Path.of(System.getProperty("user.dir"));
  private final Api api = new Api(PASSWORD);
  private final Path work;

  Bench(Map<String, String> options) throws Exception {
    this.options = options;
    this.work = Files.createDirectories(root.resolve("bench/target/work"));
  }

  private int option(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
  }

  void run() throws Exception {
    int repeat = option("repeat", 3);
    Report report = new Report(root.resolve("bench/results"), database(), repeat, options);
    for (int r = 1; r <= repeat; r++) {
      for (Config config : configs()) {
        System.out.printf("[bench] run %d/%d, %s%n", r, repeat, config.name());
        Map<String, Double> figures = single(config, r);
        if (options.containsKey("cluster") && options.containsKey("postgres")) {
          figures.putAll(cluster(config, r));
        }
        report.add(config.name(), figures);
      }
    }
    if (options.containsKey("volume") && options.containsKey("postgres")) {
      volume(report);
    }
    Path written = report.write();
    System.out.println("[bench] results: " + written);
  }

  private List<Config> configs() {
    List<String> wanted = List.of(options.getOrDefault("configs", "product,stock").split(","));
    List<Config> configs = new ArrayList<>();
    for (Config config : CONFIGS) {
      if (wanted.contains(config.name())) {
        List<String> jvm = new ArrayList<>(config.jvmOptions());
        if (config.name().equals("product") && options.containsKey("jvm")) {
          jvm.addAll(List.of(options.get("jvm").trim().split("\\s+")));
        }
        configs.add(new Config(config.name(), jvm, config.profiles(), config.h2Options()));
      }
    }
    return configs;
  }

  private String database() throws Exception {
    if (!options.containsKey("postgres")) {
      return "H2 (embedded default, file mode)";
    }
    try (Connection c = admin()) {
      return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** Scenarios 1, 2 and 4 against one node. */
  private Map<String, Double> single(Config config, int run) throws Exception {
    Map<String, Double> figures = new LinkedHashMap<>();
    try (Node node = node(config, "single", run, config.name() + "-" + run, 1)) {
      long idleRss = settle(node);
      figures.put("ready_ms", (double) node.readyMillis());
      figures.put("rss_idle_mb", (double) idleRss);
      List<URI> nodes = List.of(node.base());
      Clerks clerks = new Clerks(api);
      clerks.run(nodes, option("clerks", 8), 20);

      RssSampler sampler = new RssSampler(List.of(node));
      Clerks.Result flows = clerks.run(nodes, option("clerks", 8), option("flows", 300));
      figures.put("rss_load_mb", (double) sampler.stop());
      figures.put("flows_per_s", flows.flowsPerSecond());
      figures.put("start_p50_ms", flows.starts().p(50));
      figures.put("start_p95_ms", flows.starts().p(95));
      figures.put("start_p99_ms", flows.starts().p(99));
      figures.put("complete_p50_ms", flows.completions().p(50));
      figures.put("complete_p95_ms", flows.completions().p(95));
      figures.put("complete_p99_ms", flows.completions().p(99));

      escalations(nodes, figures, "");
    }
    return figures;
  }

  /** Scenario 3: seeds once, then measures each configuration on the same database (stock first). */
  private void volume(Report report) throws Exception {
    Volume volume = new Volume(api, option("offices", 20));
    int copies = option("copies", 5000);
    Config product = configs().stream().filter(c -> c.name().equals("product")).findFirst().orElse(CONFIGS.get(0));
    Map<String, Double> seeded = new LinkedHashMap<>();
    if (!options.containsKey("reuse")) {
      long t0 = System.nanoTime();
      try (Node node = node(product, "volume-template", 1, "volume", 1)) {
        settle(node);
        try (Connection db = database("volume")) {
          volume.before(db);
        }
        System.out.println("[bench] scenario 3: the template, through the application");
        volume.template(node.base(), 200);
      }
      int historyCopies = option("history-copies", copies / 5);
      System.out.printf("[bench] scenario 3: %d copies of the template (%d of its history), with SQL%n", copies,
          historyCopies);
      Volume.Seeded seed = volume.copy(() -> {
        try {
          return database("volume");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, copies, historyCopies);
      seeded.put("volume_instances", (double) seed.instances());
      seeded.put("volume_history_instances", (double) seed.historyInstances());
      seeded.put("volume_open_tasks", (double) seed.openTasks());
      seeded.put("volume_kb_per_instance", seed.bytesPerInstance() / 1024);
      System.out.printf("[bench]   seeded in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, seeded);
    }
    List<Config> stockFirst = new ArrayList<>(configs());
    java.util.Collections.reverse(stockFirst);
    for (Config config : stockFirst) {
      if (config.name().equals("stock")) {
        try (Connection db = database("volume")) {
          volume.dropPlannerStatistics(db);
        }
      }
      try (Node node = node(config, "volume", 1, "volume", 2)) {
        settle(node);
        System.out.printf("[bench] scenario 3, %s%n", config.name());
        Map<String, Double> figures = volume.measure(node.base(), option("calls", 200));
        if (config.name().equals("product")) {
          figures.putAll(seeded);
        }
        report.add(config.name(), figures);
      }
    }
  }

  private Connection database(String database) throws Exception {
    return DriverManager.getConnection(options.get("postgres").replaceFirst("/[^/]*$", "/bench_" + database),
        options.getOrDefault("pg-user", "postgres"), options.getOrDefault("pg-password", ""));
  }

  /** Scenario 5: two nodes on one PostgreSQL database. */
  private Map<String, Double> cluster(Config config, int run) throws Exception {
    Map<String, Double> figures = new LinkedHashMap<>();
    String db = config.name() + "-cluster-" + run;
    try (Node a = node(config, "cluster-a", run, db, 1); Node b = node(config, "cluster-b", run, db, 2)) {
      settle(b);
      List<URI> nodes = List.of(a.base(), b.base());
      Clerks clerks = new Clerks(api);
      clerks.run(nodes, option("clerks", 8), 20);
      Clerks.Result flows = clerks.run(nodes, option("clerks", 8), option("flows", 300));
      figures.put("cluster_flows_per_s", flows.flowsPerSecond());
      escalations(nodes, figures, "cluster_");
    }
    return figures;
  }

  /** Scenario 2: deadlines falling due while clerks work, then after the system sat idle. */
  private void escalations(List<URI> nodes, Map<String, Double> figures, String prefix) throws Exception {
    Clerks clerks = new Clerks(api);
    Escalations escalations = new Escalations(api, clerks);
    int timers = option("timers", 600);
    Map<String, String> underLoad = escalations.prepare(nodes, timers, 100_000);
    Map<String, String> afterIdle = escalations.prepare(nodes, timers, 200_000);

    // under load: the deadlines fall due over 30 s while clerks carry documents
    Map<String, java.time.Instant> due = escalations.schedule(nodes.get(0), underLoad, 15_000, 30_000);
    ExecutorService background = Executors.newSingleThreadExecutor();
    Future<?> load = background.submit(() -> clerks.run(nodes, option("clerks", 8), option("flows", 300)));
    Escalations.Result loaded = escalations.measure(nodes.get(0), due, 180_000);
    load.get();
    background.shutdown();
    record(figures, prefix + "lag_load", loaded);

    // after idle: nothing to do for a while, then a batch falls due within 10 s
    Thread.sleep(option("idle", 75) * 1000L);
    Map<String, java.time.Instant> dueIdle = escalations.schedule(nodes.get(0), afterIdle, 8_000, 10_000);
    Escalations.Result idle = escalations.measure(nodes.get(0), dueIdle, 180_000);
    record(figures, prefix + "lag_idle", idle);
  }

  private static void record(Map<String, Double> figures, String name, Escalations.Result result) {
    figures.put(name + "_p50_ms", result.lag().p(50));
    figures.put(name + "_p95_ms", result.lag().p(95));
    figures.put(name + "_max_ms", result.lag().max());
    figures.put(name + "_missing", (double) (result.expected() - result.escalated()));
    figures.put(name + "_duplicates", (double) result.duplicates());
    System.out.printf("[bench]   %s: %d/%d escalated, lag p50 %.0f ms, p95 %.0f ms, max %.0f ms, duplicates %d%n",
        name, result.escalated(), result.expected(), result.lag().p(50), result.lag().p(95), result.lag().max(),
        result.duplicates());
  }

  /** Lets the fresh node finish its start-up work, then reads its idle memory. */
  private static long settle(Node node) throws Exception {
    Thread.sleep(15_000);
    return node.residentMb();
  }

  private Node node(Config config, String role, int run, String database, int index) throws Exception {
    List<String> arguments = new ArrayList<>();
    List<String> profiles = new ArrayList<>(config.profiles());
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SECRETARIAT_DEMO_PASSWORD", PASSWORD);
    environment.put("SECRETARIAT_NODE_NAME", config.name() + "-" + index);
    if (options.containsKey("postgres")) {
      String name = "bench_" + database.replace('-', '_');
      if (index == 1) {
        try (Connection c = admin(); var s = c.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + name);
          s.execute("CREATE DATABASE " + name);
        }
      }
      profiles.add("postgres");
      environment.put("SECRETARIAT_DB_URL", options.get("postgres").replaceFirst("/[^/]*$", "/" + name));
      environment.put("SECRETARIAT_DB_USER", options.getOrDefault("pg-user", "postgres"));
      environment.put("SECRETARIAT_DB_PASSWORD", options.getOrDefault("pg-password", ""));
    } else {
      Path dir = Files.createDirectories(work.resolve("h2-" + database + "-" + System.nanoTime()));
      arguments.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";" + config.h2Options());
    }
    if (!profiles.isEmpty()) {
      arguments.add("--spring.profiles.active=" + String.join(",", profiles));
    }
    arguments.add("--spring.config.additional-location=optional:file:" + root.resolve("bench/config") + "/");
    Path jar = Files.list(root.resolve("target")).filter(p -> p.getFileName().toString().matches("secretariat-flow-.*\\.jar"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no application jar: ./mvnw package -DskipTests"));
    return new Node(config.name() + "-" + role + "-" + run, jar, config.jvmOptions(), arguments, environment,
        work.resolve("logs")).start(api);
  }

  private Connection admin() throws Exception {
    return DriverManager.getConnection(options.get("postgres"), options.getOrDefault("pg-user", "postgres"),
        options.getOrDefault("pg-password", ""));
  }

  /** The highest resident memory of some nodes while a scenario runs, sampled every 500 ms. */
  static final class RssSampler {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long max;

    RssSampler(List<Node> nodes) {
      thread = new Thread(() -> {
        while (running) {
          try {
            long sum = 0;
            for (Node node : nodes) {
              sum += node.residentMb();
            }
            max = Math.max(max, sum);
            Thread.sleep(500);
          } catch (Exception stop) {
            return;
          }
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return max;
    }
  }

  static String today() {
    return LocalDate.now().toString();
  }
}
