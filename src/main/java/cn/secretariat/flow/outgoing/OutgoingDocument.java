package cn.secretariat.flow.outgoing;

import cn.secretariat.flow.document.Labelled;
import java.util.List;

/**
 * Vocabulary of process {@code outgoing-review} (发文审核, 三审三校): key, task definition keys, variables.
 */
public final class OutgoingDocument {

  public static final String PROCESS_KEY = "outgoing-review";

  /** Task definition keys and service task ids. */
  public static final class Steps {
    public static final String FORMAT_CHECK = "format-check";
    public static final String REVISE = "revise";
    public static final String REVIEW_1 = "review-1";
    public static final String REVIEW_2 = "review-2";
    public static final String REVIEW_3 = "review-3";
    public static final String SIGN = "sign";
    public static final String REGISTER = "register";
    public static final String PRINT = "print";
    public static final String DISTRIBUTE = "distribute";
    public static final String ARCHIVE = "archive";

    private Steps() {
    }
  }

  /** Process variables (the draft's fields first, then what the stages write). */
  public static final class Vars {
    public static final String DOC_TYPE = "docType";
    public static final String TITLE = "title";
    public static final String MAIN_RECIPIENTS = "mainRecipients";
    public static final String CC_RECIPIENTS = "ccRecipients";
    public static final String CLASSIFICATION = "classification";
    public static final String SECRECY_PERIOD = "secrecyPeriod";
    public static final String COPIES = "copies";
    public static final String URGENCY = "urgency";
    public static final String ISSUER_CODE = "issuerCode";
    public static final String SIGNER = "signer";
    public static final String BODY = "body";
    public static final String ATTACHMENT_NOTES = "attachmentNotes";
    public static final String ATTACHMENT_TITLES = "attachmentTitles";
    /** Who drafted it (camunda:initiator), the assignee of 修改. */
    public static final String DRAFTER = "drafter";
    public static final String FORMAT_OK = "formatOk";
    public static final String FORMAT_VIOLATIONS = "formatViolations";
    /** The stage a revised draft resumes at: review-1, review-2, review-3 or sign. */
    public static final String RESUME_AT = "resumeAt";
    public static final String RETURNED_BY = "returnedBy";
    /** Local to a review task (input mapping): 初审 / 复审 / 三审 and 一校 / 二校 / 三校. */
    public static final String STAGE_NAME = "stageName";
    public static final String PROOF_ROUND = "proofRound";
    /** Local to each review (its form starts empty); the outcome goes on in {@link #REVIEW_OUTCOME}. */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_OPINION = "reviewOpinion";
    /** The decision of the review just completed, for the gateway after it. */
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** Every stage's opinion, one line each, readable by every later stage. */
    public static final String REVIEW_LOG = "reviewLog";
    /** Local to 签发, like the review's decision; the outcome goes on in {@link #SIGN_OUTCOME}. */
    public static final String SIGN_DECISION = "signDecision";
    public static final String SIGN_OUTCOME = "signOutcome";
    public static final String SIGN_OPINION = "signOpinion";
    public static final String SIGNED_AT = "signedAt";
    /** 成文日期 as written on the document: 2026年11月28日. */
    public static final String SIGNED_ON = "signedOn";
    public static final String DOC_NUMBER = "docNumber";
    public static final String DOC_SEQUENCE = "docSequence";
    public static final String DOC_YEAR = "docYear";
    /** Local to 复核印制 with the copies and confirmations; the outcome goes on in {@link #PRINT_OUTCOME}. */
    public static final String PRINT_RESULT = "printResult";
    public static final String PRINT_OUTCOME = "printOutcome";
    public static final String PRINTED_COPIES = "printedCopies";
    public static final String SECURE_PRINT_ROOM_CONFIRMED = "securePrintRoomConfirmed";
    public static final String PRINT_NOTES = "printNotes";
    public static final String DISTRIBUTION_CONFIRMED = "distributionConfirmed";
    public static final String DISTRIBUTION_NOTES = "distributionNotes";
    public static final String ARCHIVE_CONFIRMED = "archiveConfirmed";
    public static final String ARCHIVE_NOTES = "archiveNotes";

    private Vars() {
    }
  }

  public enum ReviewDecision implements Labelled {
    PASS("通过"),
    RETURN("退回修改");

    private final String label;

    ReviewDecision(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public enum SignDecision implements Labelled {
    SIGN("同意签发"),
    RETURN("退回");

    private final String label;

    SignDecision(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public enum PrintResult implements Labelled {
    PRINTED("已复核印制"),
    SUBSTANTIVE_CHANGE("需实质性修改（退回签发）");

    private final String label;

    PrintResult(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** 上行文: the types that must name a 签发人 (GB/T 9704-2012 7.2.6). */
  public static final List<String> UPWARD_TYPES = List.of("请示", "报告", "议案");

  private OutgoingDocument() {
  }
}
