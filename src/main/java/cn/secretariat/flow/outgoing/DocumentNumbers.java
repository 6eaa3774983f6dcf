package cn.secretariat.flow.outgoing;

import cn.secretariat.flow.document.SequenceRows;
import java.sql.Timestamp;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 发文字号 {@code 机关代字〔年份〕序号号} (GB/T 9704-2012 7.2.5: 六角括号, the year in full, no leading zeros, no
 * 第). Sequences run per 机关代字 and year. A number is taken inside the caller's transaction (the engine's):
 * the sequence row is locked by the increment until that transaction ends, so concurrent callers, also on
 * other nodes sharing the database, wait in line and never get the same number; if the transaction rolls
 * back, so does the increment. A process instance that already has a number gets it again (a retried job).
 */
@Component
public class DocumentNumbers {

  public record Assigned(String number, int sequence, int year) {
  }

  private final JdbcTemplate jdbc;
  private final SequenceRows sequenceRows;

  public DocumentNumbers(JdbcTemplate jdbc, SequenceRows sequenceRows) {
    this.jdbc = jdbc;
    this.sequenceRows = sequenceRows;
  }

  public Assigned assign(String processInstanceId, String issuerCode, int year) {
    List<Assigned> existing = jdbc.query(
        "SELECT doc_number, sequence_value, doc_year FROM sf_doc_number WHERE process_instance_id = ?",
        (rs, row) -> new Assigned(rs.getString(1), rs.getInt(2), rs.getInt(3)), processInstanceId);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    ensureSequence(issuerCode, year);
    jdbc.update("UPDATE sf_doc_number_sequence SET last_value = last_value + 1 WHERE issuer_code = ? AND doc_year = ?",
        issuerCode, year);
    Integer sequence = jdbc.queryForObject(
        "SELECT last_value FROM sf_doc_number_sequence WHERE issuer_code = ? AND doc_year = ?", Integer.class,
        issuerCode, year);
    String number = format(issuerCode, year, sequence);
    jdbc.update("INSERT INTO sf_doc_number (issuer_code, doc_year, sequence_value, doc_number, process_instance_id,"
        + " assigned_at) VALUES (?, ?, ?, ?, ?, ?)", issuerCode, year, sequence, number, processInstanceId,
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
    return new Assigned(number, sequence, year);
  }

  /** 陕人办发〔2026〕12号 */
  public static String format(String issuerCode, int year, int sequence) {
    return issuerCode + "\u3014" + year + "\u3015" + sequence + "号";
  }

  private void ensureSequence(String issuerCode, int year) {
    sequenceRows.createIfAbsent("SELECT COUNT(*) FROM sf_doc_number_sequence WHERE issuer_code = ? AND doc_year = ?",
        "INSERT INTO sf_doc_number_sequence (issuer_code, doc_year, last_value) VALUES (?, ?, 0)", issuerCode, year);
  }
}
