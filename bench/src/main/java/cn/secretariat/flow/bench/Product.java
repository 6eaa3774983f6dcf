package cn.secretariat.flow.bench;

import java.util.List;

/** How the README runs the product: the JVM options it recommends (README "Run it in production"). */
final class Product {

  /** Empty until a measurement justifies an option. */
  static final List<String> JVM_OPTIONS = List.of();

  /** The H2 URL's options in application.yaml (the bench gives each run its own database file). */
  static final String H2_OPTIONS = "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  private Product() {
  }
}
