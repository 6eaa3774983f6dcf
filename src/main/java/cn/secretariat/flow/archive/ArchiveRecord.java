package cn.secretariat.flow.archive;

import java.time.Instant;

/** One row of {@code sf_archive_record}: a finished document as the archive keeps it. */
public record ArchiveRecord(
    long id,
    String sourceProcessKey,
    String sourceInstanceId,
    String title,
    String docNumber,
    String sourceOrg,
    String docType,
    String urgency,
    String classification,
    Instant docDate,
    int docYear,
    Instant closedAt,
    String opinions,
    String category,
    String retention,
    String archiveNumber,
    Integer itemNumber,
    String catalogueNotes,
    String cataloguedBy,
    Instant cataloguedAt,
    String onLoanInstanceId) {

  public boolean catalogued() {
    return archiveNumber != null;
  }

  public boolean onLoan() {
    return onLoanInstanceId != null;
  }

  /** What a finished document hands to the archive. */
  public record Collected(String sourceProcessKey, String sourceInstanceId, String title, String docNumber,
      String sourceOrg, String docType, String urgency, String classification, Instant docDate, int docYear,
      Instant closedAt, String opinions) {
  }
}
