package cn.secretariat.flow.archive;

import cn.secretariat.flow.document.Labelled;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Vocabulary of the archive chain (档案): {@code archive-cataloguing} (归档编目) and {@code archive-lending}
 * (档案借阅), their task keys and variable names. Models and forms spell the same strings.
 */
public final class Archive {

  public static final String CATALOGUING = "archive-cataloguing";
  public static final String LENDING = "archive-lending";

  public static final class Steps {
    public static final String CATALOGUE = "catalogue";
    public static final String APPROVE_LOAN = "approve-loan";
    public static final String APPROVE_LOAN_LEADER = "approve-loan-leader";
    public static final String LEND = "lend";
    public static final String RETURN = "return";

    private Steps() {
    }
  }

  public static final class Vars {
    /** The record's id in {@code sf_archive_record}; the business key of both processes too. */
    public static final String RECORD_ID = "recordId";
    public static final String TITLE = "title";
    public static final String CLASSIFICATION = "classification";
    public static final String DOC_NUMBER = "docNumber";
    public static final String DOC_YEAR = "docYear";
    public static final String SOURCE = "sourceName";
    public static final String OPINIONS = "opinions";
    // 整理编目
    public static final String CATEGORY = "category";
    public static final String RETENTION = "retention";
    public static final String CATALOGUE_NOTES = "catalogueNotes";
    public static final String ARCHIVE_NUMBER = "archiveNumber";
    // 借阅
    public static final String RECORD_REF = "recordRef";
    public static final String BORROWER = "borrower";
    public static final String PURPOSE = "purpose";
    public static final String LOAN_MODE = "loanMode";
    public static final String DUE_ON = "dueOn";
    public static final String CHIEF_DECISION = "chiefDecision";
    public static final String CHIEF_COMMENT = "chiefComment";
    public static final String LEADER_DECISION = "leaderDecision";
    public static final String LEADER_COMMENT = "leaderComment";
    public static final String HANDED_OVER = "handedOver";
    public static final String LEND_NOTES = "lendNotes";
    public static final String LENT_AT = "lentAt";
    public static final String RETURN_CONDITION = "returnCondition";
    public static final String ACCESS_ENDED = "accessEnded";
    public static final String RETURN_NOTES = "returnNotes";
    public static final String RETURNED_AT = "returnedAt";
    public static final String ACCESS_REVOKED_AT = "accessRevokedAt";

    private Vars() {
    }
  }

  /** 保管期限 and its code in the 档号 (DA/T 22-2015: 永久 Y, 定期30年 D30, 定期10年 D10). */
  public enum Retention implements Labelled {
    PERMANENT("永久", "Y"),
    THIRTY_YEARS("30年", "D30"),
    TEN_YEARS("10年", "D10");

    private final String label;
    private final String code;

    Retention(String label, String code) {
      this.label = label;
      this.code = code;
    }

    @Override
    public String label() {
      return label;
    }

    public String code() {
      return code;
    }

    public static Optional<Retention> fromLabel(Object value) {
      return Labelled.fromLabel(Retention.class, value);
    }

    public static List<String> labels() {
      return Arrays.stream(values()).map(Retention::label).toList();
    }
  }

  /** 借阅方式. */
  public enum LoanMode implements Labelled {
    PAPER("纸质"),
    ELECTRONIC("电子");

    private final String label;

    LoanMode(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public static final String AGREE = "同意";
  public static final String REFUSE = "不同意";
  public static final List<String> DECISIONS = List.of(AGREE, REFUSE);
  /** 归还验收: the paper record's condition. */
  public static final List<String> CONDITIONS = List.of("完好", "有破损", "有缺页");

  private Archive() {
  }
}
