package cn.secretariat.flow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One application process as an operator starts it: {@code java -jar}, its output in a log file. */
final class Node implements AutoCloseable {

  private final String name;
  private final int port;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private long readyMillis;

  Node(String name, Path jar, List<String> jvmOptions, List<String> arguments, Map<String, String> environment,
      Path logDir) throws IOException {
    this.name = name;
    this.port = freePort();
    this.command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--server.port=" + port,
        "--logging.level.root=warn"));
    command.addAll(arguments);
    this.environment = environment;
    Files.createDirectories(logDir);
    this.log = logDir.resolve(name + ".log");
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  String name() {
    return name;
  }

  long readyMillis() {
    return readyMillis;
  }

  /** Starts the process and waits for the first answered REST request; returns this. */
  Node start(Api api) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    process = builder.start();
    long deadline = started + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited while starting; see " + log);
      }
      try {
        if (api.get(base(), "admin", "/engine-rest/version").status() == 200) {
          readyMillis = (System.nanoTime() - started) / 1_000_000;
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not answer within 240 s; see " + log);
  }

  /** Resident memory of the process in MB (Linux /proc). */
  long residentMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
