package cn.secretariat.flow.bench;

import org.HdrHistogram.ConcurrentHistogram;

/** Latencies or lags in milliseconds, recorded concurrently; percentiles from HdrHistogram. */
final class Latency {

  private final ConcurrentHistogram histogram = new ConcurrentHistogram(3_600_000L, 3);

  void recordMillis(long millis) {
    histogram.recordValue(Math.max(0, Math.min(millis, 3_600_000L)));
  }

  void recordSince(long startNanos) {
    recordMillis((System.nanoTime() - startNanos) / 1_000_000);
  }

  long count() {
    return histogram.getTotalCount();
  }

  double p(double percentile) {
    return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile);
  }

  double max() {
    return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue();
  }
}
