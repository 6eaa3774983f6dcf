package cn.secretariat.flow.bench;

import java.util.List;

/** How the README runs the product: the JVM options it recommends (README "Run it in production"). */
final class Product {

  /**
   * The serial collector and a 768 MB heap: idle resident memory 434 MB instead of 572 MB with the JVM's
   * defaults (G1, a quarter of the machine's memory as heap), on H2 on the benchmark machine.
   */
  static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx768m", "-Xss512k");

  /** The H2 URL's options in application.yaml (the bench gives each run its own database file). */
  static final String H2_OPTIONS = "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  private Product() {
  }
}
