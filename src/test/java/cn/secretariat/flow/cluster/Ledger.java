package cn.secretariat.flow.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the shared database says, read directly: the test's ground truth about instances, tasks, jobs,
 * the job log, incidents, comments and document numbers. Only {@link #makeTimersDue} writes: it plays
 * the passing of time, exactly as if the clock had reached the timers' due dates.
 */
final class Ledger {

  private final TestPostgres db;

  Ledger(TestPostgres db) {
    this.db = db;
  }

  /** Moves the due date of every timer of these instances (or of one activity of them) to now. */
  int makeTimersDue(Collection<String> instances, String activityIdLike) {
    return update("UPDATE act_ru_job SET duedate_ = now() - interval '1 second' WHERE type_ = 'timer'"
        + " AND process_instance_id_ = ANY(?) AND job_def_id_ IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ LIKE ?)",
        instances, activityIdLike);
  }

  /** The database's wall-clock now, in the nodes' zone. */
  java.sql.Timestamp now() {
    java.sql.Timestamp[] now = new java.sql.Timestamp[1];
    query("SELECT localtimestamp", rs -> now[0] = rs.getTimestamp(1));
    return now[0];
  }

  /**
   * Milliseconds from {@code since} to the first and to the last successful job run of these instances
   * (the job log's own timestamps, written by the node that ran the job).
   */
  long[] runWindow(Collection<String> instances, java.sql.Timestamp since) {
    long[] window = new long[2];
    query("SELECT EXTRACT(EPOCH FROM min(timestamp_) - ?) * 1000, EXTRACT(EPOCH FROM max(timestamp_) - ?) * 1000"
        + " FROM act_hi_job_log WHERE job_state_ = 2 AND process_instance_id_ = ANY(?) AND timestamp_ >= ?", rs -> {
          window[0] = rs.getLong(1);
          window[1] = rs.getLong(2);
        }, since, since, instances, since);
    return window;
  }

  /** Jobs of these instances that are due now (async continuations and due timers), failed ones included. */
  long dueJobs(Collection<String> instances) {
    return count("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ = ANY(?)"
        + " AND (duedate_ IS NULL OR duedate_ <= now())", instances);
  }

  long failedJobs(Collection<String> instances) {
    return count("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ = ANY(?)"
        + " AND (exception_msg_ IS NOT NULL OR retries_ < 3)", instances);
  }

  /** Jobs locked by the node's job executor (lock owner = node name + suffix). */
  List<String> lockedBy(String nodeName) {
    return strings("SELECT id_ FROM act_ru_job WHERE lock_owner_ LIKE ? AND lock_exp_time_ > now()", nodeName + "-%");
  }

  long jobsAmong(Collection<String> jobIds) {
    return count("SELECT count(*) FROM act_ru_job WHERE id_ = ANY(?)", jobIds);
  }

  /** job id → number of successful runs in the job log, for every job of these instances that ever ran. */
  Map<String, Long> successfulRunsPerJob(Collection<String> instances, String jobDefinitionType) {
    return counts("SELECT job_id_, count(*) FILTER (WHERE job_state_ = 2) FROM act_hi_job_log"
        + " WHERE process_instance_id_ = ANY(?) AND job_def_type_ = ? GROUP BY job_id_", instances, jobDefinitionType);
  }

  /** node name → successful job runs of these instances. */
  Map<String, Long> runsPerNode(Collection<String> instances) {
    return counts("SELECT hostname_, count(*) FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND process_instance_id_ = ANY(?) GROUP BY hostname_", instances);
  }

  /** task id → overdue incidents ever opened on it (open or resolved). */
  Map<String, Long> overdueIncidentsPerTask(Collection<String> instances) {
    return counts("SELECT configuration_, count(*) FROM act_hi_incident WHERE incident_type_ = 'overdue'"
        + " AND proc_inst_id_ = ANY(?) GROUP BY configuration_", instances);
  }

  long openIncidents(Collection<String> instances) {
    return count("SELECT count(*) FROM act_ru_incident WHERE proc_inst_id_ = ANY(?)", instances);
  }

  /** task id → comments starting with the marker (【催办】, 【督办】). */
  Map<String, Long> commentsPerTask(Collection<String> instances, String marker) {
    return counts("SELECT task_id_, count(*) FROM act_hi_comment WHERE proc_inst_id_ = ANY(?) AND message_ LIKE ?"
        + " GROUP BY task_id_", instances, marker + "%");
  }

  /** Historic instances of these ids (whether running or ended). */
  long instancesKnown(Collection<String> instances) {
    return count("SELECT count(*) FROM act_hi_procinst WHERE id_ = ANY(?)", instances);
  }

  long ended(Collection<String> instances) {
    return count("SELECT count(*) FROM act_hi_procinst WHERE id_ = ANY(?) AND end_time_ IS NOT NULL"
        + " AND state_ = 'COMPLETED'", instances);
  }

  List<String> instancesOf(String processKey) {
    return strings("SELECT id_ FROM act_hi_procinst WHERE proc_def_key_ = ?", processKey);
  }

  /** instance id → open user tasks, for running instances of these ids. */
  Map<String, Long> openTasksPerRunningInstance(Collection<String> instances) {
    return counts("SELECT p.proc_inst_id_, (SELECT count(*) FROM act_ru_task t WHERE t.proc_inst_id_ = p.proc_inst_id_)"
        + " FROM act_ru_execution p WHERE p.id_ = p.proc_inst_id_ AND p.proc_inst_id_ = ANY(?)", instances);
  }

  List<String> openTaskIds(Collection<String> instances) {
    return strings("SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = ANY(?) ORDER BY id_", instances);
  }

  long openTasksAt(Collection<String> instances, String step) {
    return count("SELECT count(*) FROM act_ru_task WHERE proc_inst_id_ = ANY(?) AND task_def_key_ = ?", instances, step);
  }

  /** process instance id → 发文字号 sequence values handed out to it. */
  Map<String, List<Integer>> documentNumbers(Collection<String> instances) {
    Map<String, List<Integer>> numbers = new LinkedHashMap<>();
    query("SELECT process_instance_id, sequence_value FROM sf_doc_number WHERE process_instance_id = ANY(?)", rs -> {
      numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
    }, instances);
    return numbers;
  }

  /** The text value of a process variable, from the runtime. */
  String textVariable(String instance, String name) {
    List<String> values = strings("SELECT text_ FROM act_ru_variable WHERE proc_inst_id_ = ? AND name_ = ?"
        + " AND execution_id_ = proc_inst_id_", instance, name);
    return values.isEmpty() ? null : values.get(0);
  }

  long count(String sql, Object... parameters) {
    long[] result = new long[1];
    query(sql, rs -> result[0] = rs.getLong(1), parameters);
    return result[0];
  }

  static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + limit + ": " + what);
      }
      Thread.sleep(200);
    }
  }

  private List<String> strings(String sql, Object... parameters) {
    List<String> values = new ArrayList<>();
    query(sql, rs -> values.add(rs.getString(1)), parameters);
    return values;
  }

  private Map<String, Long> counts(String sql, Object... parameters) {
    Map<String, Long> values = new LinkedHashMap<>();
    query(sql, rs -> values.put(rs.getString(1), rs.getLong(2)), parameters);
    return values;
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Row row, Object... parameters) {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, parameters);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private int update(String sql, Object... parameters) {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, parameters);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(Connection c, PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof Collection<?> values) {
        Array array = c.createArrayOf("varchar", values.toArray());
        s.setArray(i + 1, array);
      } else {
        s.setObject(i + 1, parameters[i]);
      }
    }
  }
}
