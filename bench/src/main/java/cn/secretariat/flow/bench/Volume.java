package cn.secretariat.flow.bench;

import static cn.secretariat.flow.bench.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Scenario 3, on PostgreSQL: Tasklist's filters and the overdue board when the database holds years of work.
 *
 * <p>Seeding a million instances through the engine would take hours, so the database is seeded the way a
 * database administrator copies production data: the application itself carries a <em>template</em> of
 * documents over REST (200 finished, 17 left open at every step with 20 open tasks, one of them overdue and
 * already escalated), is stopped, and every row the template wrote, in every engine table, is copied
 * {@code copies} times with SQL ({@code generate_series}), each copy's ids renamed alike so that all references
 * stay consistent (a copy of an id differs from every id the engine generates, and the primary keys would
 * refuse a clash). 5000 copies give the grants of 1,000,000 finished instances and 100,000 open tasks, 5,000
 * of them overdue; the history tables get a fifth of the copies (200,000 finished instances) by default.
 * The copies' due dates are spread over a day, earlier for the overdue and later for the others. The copies
 * are spread over {@code offices} committee offices (default 20): a copy's groups are those of its office
 * ({@code clerks-o7}, ...), one in twenty keeps the office's own, so a clerk sees his office's share of the
 * 100,000 tasks, as in a province-wide deployment.
 */
final class Volume {

  /** Tables never copied: metrics written on a timer, not per document. */
  private static final List<String> NOT_COPIED = List.of("act_ru_meter_log", "act_ge_schema_log");

  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final Api api;
  private final Clerks clerks;
  private final int offices;

  /** @param offices copies are spread over this many offices, each with its own groups (1: one office) */
  Volume(Api api, int offices) {
    this.api = api;
    this.offices = offices;
    this.clerks = new Clerks(api);
  }

  /** Remembers the ids present before the template, so that the template's rows can be told apart. */
  void before(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_before");
      s.execute("CREATE TABLE bench_before (tbl VARCHAR(64), id VARCHAR(64))");
      for (String table : tables(db)) {
        s.execute("INSERT INTO bench_before SELECT '" + table + "', id_ FROM " + table);
      }
    }
  }

  /** The template: finished documents, and documents left open at each step; one task overdue and escalated. */
  void template(URI node, int finished) throws Exception {
    clerks.run(List.of(node), 4, finished);
    int[] openAt = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 5, 5};
    String overdue = null;
    for (int i = 0; i < openAt.length; i++) {
      String id = clerks.register(node, 900_000 + i, null);
      clerks.advance(List.of(node), id, openAt[i], new Latency());
      if (i == 0) {
        overdue = id;
      }
    }
    makeOverdue(node, overdue);
  }

  /** Moves one task's due date three hours into the past and lets its 催办 and 督办 timers fire now. */
  private void makeOverdue(URI node, String instance) throws Exception {
    JsonNode task = expect(api.get(node, "admin", "/engine-rest/task?processInstanceId=" + instance), 200, "task")
        .body().get(0);
    ObjectNode update = Api.JSON.createObjectNode();
    for (String field : List.of("name", "description", "assignee", "owner", "priority", "followUp", "tenantId")) {
      update.set(field, task.get(field));
    }
    update.put("due", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).format(CAMUNDA_DATE));
    expect(api.put(node, "admin", "/engine-rest/task/" + task.path("id").asText(), update), 204, "due date");
    String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).format(CAMUNDA_DATE);
    for (JsonNode job : expect(api.get(node, "admin", "/engine-rest/job?processInstanceId=" + instance), 200, "jobs")
        .body()) {
      expect(api.put(node, "admin", "/engine-rest/job/" + job.path("id").asText() + "/duedate",
          Map.of("duedate", now)), 204, "job due date");
    }
    for (int i = 0; i < 120; i++) {
      if (expect(api.get(node, "admin", "/engine-rest/incident?incidentType=overdue&processInstanceId=" + instance),
          200, "incident").body().size() > 0) {
        Thread.sleep(2000); // the escalation's own follow-up jobs
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the template's overdue task was not escalated");
  }

  /** What was seeded: instances per table family, and the database's bytes per instance. */
  record Seeded(long instances, long historyInstances, long openTasks, double bytesPerInstance) {
  }

  /**
   * Copies every row the template wrote, in two parallel sessions; the application must be stopped. The
   * runtime tables, the grants and byte arrays get {@code copies} copies in all, the history tables
   * {@code historyCopies} (their rows are read by no query measured here, and at full size they would not fit
   * this machine's disk).
   */
  Seeded copy(Supplier<Connection> connect, int copies, int historyCopies) throws Exception {
    List<String> tables;
    try (Connection db = connect.get(); Statement s = db.createStatement()) {
      tables = tables(db);
      s.execute("DROP TABLE IF EXISTS bench_template");
      s.execute("DROP TABLE IF EXISTS bench_ids");
      s.execute("CREATE TABLE bench_template (tbl VARCHAR(64), id VARCHAR(64))");
      for (String table : tables) {
        s.execute("INSERT INTO bench_template SELECT '" + table + "', id_ FROM " + table + " t WHERE NOT EXISTS "
            + "(SELECT 1 FROM bench_before b WHERE b.tbl = '" + table + "' AND b.id = t.id_)");
      }
      s.execute("CREATE TABLE bench_ids AS SELECT DISTINCT id FROM bench_template");
      s.execute("CREATE UNIQUE INDEX ON bench_ids (id)");
      s.execute("ANALYZE bench_ids");
    }
    long templateInstances;
    try (Connection db = connect.get()) {
      templateInstances = count(db, "SELECT count(*) FROM bench_template WHERE tbl = 'act_hi_procinst'");
    }
    ExecutorService sessions = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    Map<String, Integer> copiesOf = new java.util.concurrent.ConcurrentHashMap<>();
    for (String table : tables) {
      if (NOT_COPIED.contains(table)) {
        continue;
      }
      int n = table.startsWith("act_hi_") ? historyCopies : copies;
      copiesOf.put(table, n);
      work.add(sessions.submit(() -> {
        try (Connection db = connect.get()) {
          copyTable(db, table, n);
        }
        return null;
      }));
    }
    try {
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      sessions.shutdownNow();
    }
    try (Connection db = connect.get(); Statement s = db.createStatement()) {
      s.execute("DROP TABLE bench_ids");
      s.execute("DROP TABLE bench_template");
      s.execute("DROP TABLE bench_before");
      s.execute("VACUUM ANALYZE");
      // each table's bytes (rows, indexes, TOAST) over the instances whose rows it holds
      double bytesPerInstance = 0;
      for (Map.Entry<String, Integer> table : copiesOf.entrySet()) {
        bytesPerInstance += (double) count(db, "SELECT pg_total_relation_size('" + table.getKey() + "')")
            / (templateInstances * table.getValue());
      }
      return new Seeded(templateInstances * copies, count(db, "SELECT count(*) FROM act_hi_procinst"),
          count(db, "SELECT count(*) FROM act_ru_task"), bytesPerInstance);
    }
  }

  private void copyTable(Connection db, String table, int copies) throws SQLException {
    try (Statement s = db.createStatement()) {
      // the copies reference each other across tables; constraints were checked for the template itself
      s.execute("SET session_replication_role = replica");
      long rows = count(db, "SELECT count(*) FROM bench_template WHERE tbl = '" + table + "'");
      if (rows == 0) {
        return;
      }
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (String[] column : columns(db, table)) {
        String name = column[0];
        columns.add(name);
        if (name.equals("group_id_") && offices > 1) {
          // a province's committee offices: each copy belongs to one office, whose groups are its own
          values.add("CASE WHEN group_id_ IS NULL OR g % " + offices + " = 0 THEN group_id_ ELSE group_id_ || '-o' || (g % "
              + offices + ") END");
        } else if (name.equals("due_date_") && table.equals("act_ru_task")) {
          // spread over a day: earlier for what is overdue, later for the rest
          values.add("CASE WHEN due_date_ < now() THEN due_date_ - (g % 1440) * interval '1 minute' "
              + "ELSE due_date_ + (g % 1440) * interval '1 minute' END");
        } else if (column[1].startsWith("character") && refersToTemplate(db, table, name)) {
          // same length as the original (activity instance ids fill VARCHAR(64)): the UUID's last six
          // characters, which the engine's time-based UUIDs share, become 'x' and the copy's number
          values.add("CASE WHEN " + name + " IN (SELECT id FROM bench_ids) THEN left(" + name
              + ", -6) || 'x' || lpad(g::text, 5, '0') ELSE " + name + " END");
        } else {
          values.add(name);
        }
      }
      long t0 = System.nanoTime();
      // as a bulk load is done: the table's plain indexes dropped, and built again once its rows are in
      List<String> indexes = plainIndexes(db, table);
      for (String index : indexes) {
        s.execute("DROP INDEX " + index.substring("CREATE INDEX ".length(), index.indexOf(" ON ")));
      }
      s.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
          + " FROM " + table + " JOIN bench_template x ON x.tbl = '" + table + "' AND x.id = " + table + ".id_"
          + " CROSS JOIN generate_series(1, " + (copies - 1) + ") g");
      long copied = s.getUpdateCount();
      for (String index : indexes) {
        s.execute(index);
      }
      System.out.printf("[bench]   %-28s %6d template rows, %10d copied in %5.1f s%n", table, rows, copied,
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * p95 of what Tasklist and the board ask, per user and filter, after ten calls of warm-up: {@code calls}
   * calls each, or as many as two minutes allow (at least 20); figures in ms.
   */
  /** Removes the product's planner statistics, so that a configuration without them is measured as such. */
  void dropPlannerStatistics(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP STATISTICS IF EXISTS sf_auth_perms_2");
      s.execute("DROP STATISTICS IF EXISTS sf_auth_perms_64");
      s.execute("ANALYZE act_ru_authorization");
    }
  }

  Map<String, Double> measure(URI node, int calls) throws Exception {
    Map<String, Double> figures = new LinkedHashMap<>();
    // 文秘 (clerks): 已逾期 and 本组待办; 处长 (chiefs): 本组待办; 督办员: the overdue board
    timeFilter(node, "clerk1", "已逾期", calls, "volume_overdue", figures);
    timeFilter(node, "clerk1", "本组待办", calls, "volume_group", figures);
    timeFilter(node, "chief", "本组待办", calls, "volume_group_chief", figures);
    Latency board = new Latency();
    long started = System.nanoTime();
    for (int i = 0; i < calls + 10 && !enough(started, board); i++) {
      long t = System.nanoTime();
      expect(api.get(node, "supervisor", "/api/overdue"), 200, "overdue board");
      if (i >= 10) {
        board.recordSince(t);
      }
    }
    figures.put("volume_board_p95_ms", board.p(95));
    return figures;
  }

  private void timeFilter(URI node, String user, String filterName, int calls, String prefix,
      Map<String, Double> figures) throws Exception {
    String filter = null;
    for (JsonNode f : expect(api.get(node, user, "/engine-rest/filter?resourceType=Task"), 200, "filters").body()) {
      if (filterName.equals(f.path("name").asText())) {
        filter = f.path("id").asText();
      }
    }
    if (filter == null) {
      throw new IllegalStateException("no filter " + filterName + " for " + user);
    }
    // as Tasklist asks: the first page, newest first, with its columns; and the count beside the filter's name
    Map<String, Object> page = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    Latency list = new Latency();
    Latency count = new Latency();
    long total = 0;
    long started = System.nanoTime();
    for (int i = 0; i < calls + 10 && !enough(started, list); i++) {
      long t = System.nanoTime();
      expect(api.post(node, user, "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", page,
          "application/hal+json"), 200, "filter list");
      if (i >= 10) {
        list.recordSince(t);
      }
      t = System.nanoTime();
      total = expect(api.get(node, user, "/engine-rest/filter/" + filter + "/count"), 200, "filter count").body()
          .path("count").asLong();
      if (i >= 10) {
        count.recordSince(t);
      }
    }
    figures.put(prefix + "_list_p95_ms", list.p(95));
    figures.put(prefix + "_count_p95_ms", count.p(95));
    figures.put(prefix + "_tasks", (double) total);
    System.out.printf("[bench]   %s for %s: %d tasks, list p95 %.0f ms, count p95 %.0f ms%n", filterName, user, total,
        list.p(95), count.p(95));
  }

  /** A slow configuration is measured for two minutes per item, with at least 20 calls. */
  private static boolean enough(long startedNanos, Latency recorded) {
    return recorded.count() >= 20 && System.nanoTime() - startedNanos > 120_000_000_000L;
  }

  private static boolean refersToTemplate(Connection db, String table, String column) throws SQLException {
    return count(db, "SELECT count(*) FROM (SELECT 1 FROM " + table + " t JOIN bench_template x ON x.tbl = '" + table
        + "' AND x.id = t.id_ WHERE t." + column + " IN (SELECT id FROM bench_ids) LIMIT 1) found") > 0;
  }

  /** CREATE INDEX statements of a table's indexes that enforce nothing (not primary keys, not unique). */
  private static List<String> plainIndexes(Connection db, String table) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_get_indexdef(i.indexrelid) "
        + "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = '" + table + "' "
        + "AND NOT i.indisunique AND NOT i.indisprimary")) {
      while (rs.next()) {
        indexes.add(rs.getString(1));
      }
    }
    return indexes;
  }

  private static List<String> tables(Connection db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT c.table_name FROM "
        + "information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name "
        + "AND t.table_schema = c.table_schema WHERE c.table_schema = 'public' AND c.column_name = 'id_' "
        + "AND t.table_type = 'BASE TABLE' ORDER BY c.table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static List<String[]> columns(Connection db, String table) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM "
        + "information_schema.columns WHERE table_schema = 'public' AND table_name = '" + table
        + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
