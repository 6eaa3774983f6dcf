package cn.secretariat.flow.bench;

import java.util.List;

/** How the README runs the product: the JVM options it recommends (README "Run it in production"). */
final class Product {

  /** Empty until a measurement justifies an option. */
  static final List<String> JVM_OPTIONS = List.of();

  private Product() {
  }
}
