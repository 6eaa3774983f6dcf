package cn.secretariat.flow.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the application as its operator runs it: {@code java -jar} of the packaged jar in its own
 * process, configured through environment variables and arguments, its output in a log file. It can be
 * stopped the polite way (SIGTERM, Spring's graceful shutdown) or killed ({@code kill -9}).
 */
final class AppNode implements AutoCloseable {

  static final String PASSWORD = "It-Cluster-9";
  /** The nodes run in the office's zone, as in production; {@link Ledger}'s now() reads the same zone. */
  static final String ZONE = "Asia/Shanghai";

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final Path log;
  private Process process;
  private long readyMillis;

  AppNode(String name, Map<String, String> environment, List<String> arguments) throws IOException {
    this.name = name;
    this.port = TestPostgres.freePort();
    this.environment = new LinkedHashMap<>(environment);
    this.environment.put("SECRETARIAT_NODE_NAME", name);
    this.environment.put("SECRETARIAT_DEMO_PASSWORD", PASSWORD);
    this.arguments = List.copyOf(arguments);
    Path dir = Path.of(System.getProperty("it.work", "target/it"));
    Files.createDirectories(dir);
    this.log = dir.resolve(name + ".log");
  }

  /** A node on the given PostgreSQL, with the {@code postgres} profile and the demo staff. */
  static AppNode onPostgres(String name, TestPostgres db) throws IOException {
    return new AppNode(name, Map.of("SECRETARIAT_DB_URL", db.url(), "SECRETARIAT_DB_USER", db.user(),
        "SECRETARIAT_DB_PASSWORD", db.password()), List.of("--spring.profiles.active=postgres"));
  }

  String name() {
    return name;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Milliseconds from the process start to the first answered REST request, for the last start. */
  long readyMillis() {
    return readyMillis;
  }

  AppNode start() throws Exception {
    String jar = System.getProperty("app.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("The packaged application is missing (" + jar + "): run ./mvnw verify");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Duser.timezone=" + ZONE, "-jar", jar, "--server.port=" + port,
        "--logging.level.root=warn", "--logging.level.org.springframework.boot.web=info"));
    command.addAll(arguments);
    // measurement runs only: e.g. -Dit.node.args="--camunda.bpm.job-execution.max-wait=60000"
    String extra = System.getProperty("it.node.args", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    Files.writeString(log, "\n=== start " + name + " " + java.time.Instant.now() + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    long started = System.nanoTime();
    process = builder.start();
    awaitReady(Duration.ofSeconds(180));
    readyMillis = (System.nanoTime() - started) / 1_000_000;
    return this;
  }

  private void awaitReady(Duration limit) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + tail());
      }
      try {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base().resolve("/engine-rest/version"))
            .header("Authorization", auth).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " did not answer within " + limit + ":\n" + tail());
  }

  /** SIGTERM: Spring stops taking requests, the job executor finishes or releases its jobs. */
  void stop() throws InterruptedException {
    if (alive()) {
      process.destroy();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** kill -9: no shutdown hook, no unlocking, open transactions die with their connections. */
  void kill() throws InterruptedException {
    if (alive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
