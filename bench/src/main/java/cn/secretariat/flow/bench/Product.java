package cn.secretariat.flow.bench;

import java.util.List;

/** How the README runs the product: the JVM options it recommends (README "Run it in production"). */
final class Product {

  /**
   * The serial collector and a 768 MB heap: resident memory 417 MB idle and 506 MB under scenario 1, against
   * 559 and 1002 MB with the JVM's defaults (G1, a quarter of the machine's memory as heap); H2, medians of 2.
   */
  static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx768m", "-Xss512k");

  /** The H2 URL's options in application.yaml (the bench gives each run its own database file). */
  static final String H2_OPTIONS = "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  private Product() {
  }
}
