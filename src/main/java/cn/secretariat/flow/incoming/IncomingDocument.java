package cn.secretariat.flow.incoming;

import cn.secretariat.flow.document.Labelled;
import java.util.List;

/**
 * Vocabulary of process {@code incoming-document} (来文办理): its key, task definition keys, form ids and
 * variable names. Java and tests use these names; the model and the forms spell the same strings.
 */
public final class IncomingDocument {

  public static final String PROCESS_KEY = "incoming-document";

  /** Task definition keys (= activity ids of the user tasks). */
  public static final class Steps {
    public static final String SUMMARIZE = "summarize";
    public static final String PROPOSE = "propose";
    public static final String APPROVE = "approve";
    public static final String READ = "read";
    public static final String HANDLE = "handle";
    public static final String CLOSE = "close";

    private Steps() {
    }
  }

  /** Process variables; registration first, then in the order the steps write them. */
  public static final class Vars {
    public static final String TITLE = "title";
    public static final String SOURCE_ORG = "sourceOrg";
    public static final String SOURCE_DOC_NUMBER = "sourceDocNumber";
    public static final String DOC_TYPE = "docType";
    public static final String URGENCY = "urgency";
    public static final String CLASSIFICATION = "classification";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String PAGES = "pages";
    public static final String REMARKS = "remarks";
    public static final String SUMMARY = "summary";
    public static final String PROPOSAL = "proposal";
    public static final String PROPOSAL_COMMENT = "proposalComment";
    public static final String LEAD_DEPARTMENT = "leadDepartment";
    public static final String CO_DEPARTMENTS = "coDepartments";
    public static final String HANDLING_DAYS = "handlingDays";
    public static final String DECISION = "decision";
    public static final String LEADER_COMMENT = "leaderComment";
    public static final String READ_COMMENT = "readComment";
    /** Element variable of the parallel 承办: the department group id of one instance. */
    public static final String DEPARTMENT = "department";
    /** Local to one 承办 instance: 主办 or 协办. */
    public static final String HANDLING_ROLE = "handlingRole";
    /** Local to one 承办 instance: what the department did. */
    public static final String HANDLING_RESULT = "handlingResult";
    /** Every department's report, collected for the clerk who closes the document. */
    public static final String HANDLING_SUMMARY = "handlingSummary";
    public static final String RESULT = "result";
    public static final String ARCHIVE = "archive";

    private Vars() {
    }
  }

  /** 拟办意见类型 chosen by the section chief. */
  public enum Proposal implements Labelled {
    TO_LEADER("呈领导批示"),
    FORWARD("直接转办"),
    FOR_READING("阅知"),
    FILE("存档");

    private final String label;

    Proposal(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    public static List<String> labels() {
      return Labelled.labels(Proposal.class);
    }
  }

  /** The leader's 批示 on a document submitted for instructions. */
  public enum Decision implements Labelled {
    AGREE("同意"),
    AGREE_AMENDED("修改后同意"),
    RETURN("退回重拟");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    public static List<String> labels() {
      return Labelled.labels(Decision.class);
    }
  }

  /** The leader's or chief's 办理时限 in working days. */
  public static final int MAX_HANDLING_DAYS = 60;

  private IncomingDocument() {
  }
}
