package cn.secretariat.flow.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for the integration tests, started by the tests themselves from the
 * machine's PostgreSQL binaries ({@code initdb}, {@code pg_ctl}: Debian's package {@code postgresql}, which
 * {@code .ci/run} installs): a fresh cluster in a temporary directory on a free port, removed afterwards.
 * PostgreSQL refuses to run as root, so as root the server runs as the system user {@code postgres}.
 * <p>
 * Without binaries the tests are skipped with a message saying so, unless {@code SECRETARIAT_REQUIRE_POSTGRES}
 * is set (as {@code .ci/run} does): then they fail, so CI never passes by skipping them. A server of your own
 * can be given instead with {@code SECRETARIAT_TEST_DB_URL} (a database the tests may fill and empty),
 * {@code SECRETARIAT_TEST_DB_USER} and {@code SECRETARIAT_TEST_DB_PASSWORD}.
 */
final class TestPostgres implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final Path dataDir;
  private final List<String> asOwner;

  private TestPostgres(String url, String user, String password, Path dataDir, List<String> asOwner) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dataDir = dataDir;
    this.asOwner = asOwner;
  }

  static TestPostgres startOrSkip() throws Exception {
    String given = System.getenv("SECRETARIAT_TEST_DB_URL");
    if (given != null && !given.isBlank()) {
      TestPostgres external = new TestPostgres(given, System.getenv("SECRETARIAT_TEST_DB_USER"),
          System.getenv("SECRETARIAT_TEST_DB_PASSWORD"), null, List.of());
      external.dropEverything();
      return external;
    }
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      String why = "No PostgreSQL binaries (initdb, pg_ctl) on this machine: the cluster and crash tests against"
          + " PostgreSQL did not run. Install Debian's package postgresql (.ci/run does) or set"
          + " SECRETARIAT_TEST_DB_URL.";
      if (System.getenv("SECRETARIAT_REQUIRE_POSTGRES") != null) {
        throw new IllegalStateException(why);
      }
      System.err.println("SKIPPED: " + why);
      Assumptions.abort(why);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
    Path dir = Files.createTempDirectory("secretariat-pg-");
    if (root) {
      run(List.of("chown", "postgres", dir.toString()), List.of());
    }
    Path data = dir.resolve("data");
    int port = freePort();
    run(List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
        "-E", "UTF8", "--locale=C", "--no-sync"), asOwner);
    // fsync off: the tests kill application nodes, never the database; it only makes commits cheaper here
    run(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
        "-l", dir.resolve("server.log").toString(), "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"),
        asOwner);
    TestPostgres server = new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "",
        data, asOwner);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    return server;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password == null ? "" : password;
  }

  /** A connection whose now() is the wall-clock time of the nodes' zone, as Camunda's timestamps are. */
  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password());
    try (var s = connection.createStatement()) {
      s.execute("SET TIME ZONE '" + AppNode.ZONE + "'");
    }
    return connection;
  }

  /** An external database is emptied before use: the tests count what they made. */
  private void dropEverything() throws SQLException {
    try (Connection c = connect(); var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Override
  public synchronized void close() {
    if (dataDir == null || !Files.exists(dataDir)) {
      return;
    }
    Optional<Path> bin = binaries();
    try {
      if (bin.isPresent()) {
        run(List.of(bin.get().resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"),
            asOwner);
      }
      try (Stream<Path> files = Files.walk(dataDir.getParent())) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (Exception e) {
      System.err.println("Could not stop the test PostgreSQL in " + dataDir + ": " + e.getMessage());
    }
  }

  /** The newest of Debian's /usr/lib/postgresql/N/bin, or the directory of initdb on the PATH. */
  static Optional<Path> binaries() {
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
          .sorted(Comparator.comparing((Path b) -> Integer.parseInt(b.getParent().getFileName().toString()))
              .reversed())
          .forEach(candidates::add);
    } catch (IOException | NumberFormatException none) {
      // not Debian's layout
    }
    for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!entry.isBlank() && Files.isExecutable(Path.of(entry, "initdb"))) {
        candidates.add(Path.of(entry));
      }
    }
    return candidates.stream().filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).findFirst();
  }

  private static void run(List<String> command, List<String> prefix) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(command);
    // output to a file, not a pipe: the server started by pg_ctl must not hold our end open
    Path output = Files.createTempFile("secretariat-pg-command", ".log");
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", full) + " failed:\n" + Files.readString(output));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
