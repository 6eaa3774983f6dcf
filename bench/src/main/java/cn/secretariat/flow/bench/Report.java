package cn.secretariat.flow.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Medians of repeated runs, product beside stock with their ratio: a Markdown table and a PNG chart. */
final class Report {

  /** metric → label, unit, whether higher is better. */
  record Metric(String key, String label, boolean higherIsBetter) {
  }

  static final List<Metric> METRICS = List.of(
      new Metric("flows_per_s", "1 · completed flows per second (one node)", true),
      new Metric("start_p50_ms", "1 · start latency p50 (ms)", false),
      new Metric("start_p95_ms", "1 · start latency p95 (ms)", false),
      new Metric("start_p99_ms", "1 · start latency p99 (ms)", false),
      new Metric("complete_p50_ms", "1 · complete latency p50 (ms)", false),
      new Metric("complete_p95_ms", "1 · complete latency p95 (ms)", false),
      new Metric("complete_p99_ms", "1 · complete latency p99 (ms)", false),
      new Metric("lag_load_p50_ms", "2 · escalation lag under load p50 (ms)", false),
      new Metric("lag_load_p95_ms", "2 · escalation lag under load p95 (ms)", false),
      new Metric("lag_load_max_ms", "2 · escalation lag under load max (ms)", false),
      new Metric("lag_idle_p50_ms", "2 · escalation lag after idle p50 (ms)", false),
      new Metric("lag_idle_p95_ms", "2 · escalation lag after idle p95 (ms)", false),
      new Metric("lag_idle_max_ms", "2 · escalation lag after idle max (ms)", false),
      new Metric("lag_load_missing", "2 · deadlines not escalated within 3 min", false),
      new Metric("volume_overdue_list_p95_ms", "3 · Tasklist 已逾期 first page p95, 文秘 (ms)", false),
      new Metric("volume_overdue_count_p95_ms", "3 · Tasklist 已逾期 count p95, 文秘 (ms)", false),
      new Metric("volume_group_list_p95_ms", "3 · Tasklist 本组待办 first page p95, 文秘 (ms)", false),
      new Metric("volume_group_count_p95_ms", "3 · Tasklist 本组待办 count p95, 文秘 (ms)", false),
      new Metric("volume_group_chief_list_p95_ms", "3 · Tasklist 本组待办 first page p95, 处长 (ms)", false),
      new Metric("volume_group_chief_count_p95_ms", "3 · Tasklist 本组待办 count p95, 处长 (ms)", false),
      new Metric("volume_board_p95_ms", "3 · overdue board (/api/overdue) p95, 督办员 (ms)", false),
      new Metric("volume_overdue_tasks", "3 · tasks in 文秘's 已逾期", false),
      new Metric("volume_group_tasks", "3 · tasks in 文秘's 本组待办", false),
      new Metric("volume_group_chief_tasks", "3 · tasks in 处长's 本组待办", false),
      new Metric("volume_instances", "3 · instances in the database: runtime rows and grants", false),
      new Metric("volume_history_instances", "3 · instances in the database: history rows", false),
      new Metric("volume_open_tasks", "3 · open tasks in the database", false),
      new Metric("volume_kb_per_instance", "3 · database size per instance, rows and indexes (KB)", false),
      new Metric("ready_ms", "4 · process start to first answered request (ms)", false),
      new Metric("rss_idle_mb", "4 · resident memory idle (MB)", false),
      new Metric("rss_load_mb", "4 · resident memory under scenario 1 (MB)", false),
      new Metric("cluster_flows_per_s", "5 · completed flows per second (two nodes)", true),
      new Metric("cluster_lag_load_p95_ms", "5 · escalation lag under load p95, two nodes (ms)", false),
      new Metric("cluster_lag_load_max_ms", "5 · escalation lag under load max, two nodes (ms)", false),
      new Metric("cluster_lag_idle_p95_ms", "5 · escalation lag after idle p95, two nodes (ms)", false),
      new Metric("cluster_lag_load_duplicates", "5 · duplicate escalations, two nodes", false),
      new Metric("cluster_lag_idle_duplicates", "5 · duplicate escalations after idle, two nodes", false));

  private final Path directory;
  private final String database;
  private final int repeat;
  private final Map<String, String> options;
  private final Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();

  Report(Path directory, String database, int repeat, Map<String, String> options) {
    this.directory = directory;
    this.database = database;
    this.repeat = repeat;
    this.options = options;
  }

  void add(String config, Map<String, Double> figures) {
    runs.computeIfAbsent(config, k -> new ArrayList<>()).add(figures);
  }

  double median(String config, String metric) {
    List<Double> values = runs.getOrDefault(config, List.of()).stream().map(m -> m.get(metric))
        .filter(v -> v != null && !v.isNaN()).sorted().toList();
    if (values.isEmpty()) {
      return Double.NaN;
    }
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  Path write() throws IOException {
    Files.createDirectories(directory);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
    String kind = database.startsWith("PostgreSQL") ? "postgres" : "h2";
    Path markdown = directory.resolve(stamp + "-" + kind + ".md");
    Path chart = directory.resolve(stamp + "-" + kind + ".png");
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark ").append(stamp).append(" (").append(kind).append(")\n\n");
    md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(memoryGb()).append(" GB memory; Java ").append(System.getProperty("java.version")).append(" (")
        .append(System.getProperty("java.vendor")).append("); database: ").append(database).append(".\n\n");
    md.append("Scenarios 1, 2, 4 and 5: medians of ").append(repeat).append(" runs per configuration;"
        + " scenario 3 (when run): one seeding, measured once per configuration; options: ").append(options)
        .append(". *product*: the application as shipped; *stock*: Camunda 7.24's and Spring Boot's defaults for"
            + " the job executor and the connection pool (bench/config/application-stock.yaml).\n\n");
    md.append("| metric | product | stock | product vs stock |\n|---|---:|---:|---:|\n");
    for (Metric metric : METRICS) {
      double product = median("product", metric.key());
      double stock = median("stock", metric.key());
      if (Double.isNaN(product) && Double.isNaN(stock)) {
        continue;
      }
      md.append("| ").append(metric.label()).append(" | ").append(format(product)).append(" | ")
          .append(format(stock)).append(" | ").append(ratio(metric, product, stock)).append(" |\n");
    }
    md.append("\n![chart](").append(chart.getFileName()).append(")\n");
    Files.writeString(markdown, md.toString());
    drawChart(chart);
    return markdown;
  }

  private static String ratio(Metric metric, double product, double stock) {
    if (Double.isNaN(product) || Double.isNaN(stock) || product == 0 || stock == 0) {
      return "";
    }
    double better = metric.higherIsBetter() ? product / stock : stock / product;
    return String.format("%.2f× %s", better, better >= 1 ? "better" : "worse");
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return value >= 100 || value == Math.rint(value) ? String.format("%.0f", value) : String.format("%.2f", value);
  }

  private static String memoryGb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024);
        }
      }
    } catch (IOException unknown) {
      // not Linux
    }
    return "?";
  }

  private void drawChart(Path file) throws IOException {
    String[][] panels = {
        {"flows_per_s", "Flows per second (higher is better)"},
        {"complete_p95_ms", "Complete p95, ms"},
        {"lag_load_p95_ms", "Escalation lag p95 under load, ms"},
        {"lag_idle_max_ms", "Escalation lag max after idle, ms"},
        {"ready_ms", "Start to first answer, ms"},
        {"rss_idle_mb", "Resident memory idle, MB"},
        {"volume_group_count_p95_ms", "Tasklist group filter count p95, ms"},
        {"volume_board_p95_ms", "Overdue board p95, ms"}};
    // only what this run measured (scenario 3 runs on PostgreSQL only)
    panels = java.util.Arrays.stream(panels)
        .filter(p -> !Double.isNaN(median("product", p[0])) || !Double.isNaN(median("stock", p[0])))
        .toArray(String[][]::new);
    int columns = Math.min(4, Math.max(1, panels.length));
    int rows = Math.max(1, (panels.length + columns - 1) / columns);
    int width = 420;
    int height = 300;
    BufferedImage image = new BufferedImage(columns * width, rows * height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < panels.length; i++) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (String config : List.of("product", "stock")) {
        double value = median(config, panels[i][0]);
        data.addValue(Double.isNaN(value) ? 0 : value, config, "");
      }
      JFreeChart chart = ChartFactory.createBarChart(panels[i][1], null, null, data, PlotOrientation.VERTICAL,
          i == 0, false, false);
      chart.setBackgroundPaint(Color.WHITE);
      CategoryPlot plot = chart.getCategoryPlot();
      plot.setBackgroundPaint(new Color(245, 245, 245));
      BarRenderer renderer = (BarRenderer) plot.getRenderer();
      renderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
      renderer.setSeriesPaint(1, new Color(0xbb, 0xbb, 0xbb));
      chart.draw(g, new Rectangle2D.Double((i % columns) * width, (i / columns) * height, width, height));
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
