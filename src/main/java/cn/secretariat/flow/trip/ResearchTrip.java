package cn.secretariat.flow.trip;

import cn.secretariat.flow.document.Labelled;

/** Vocabulary of {@code research-trip} (调研保障). */
public final class ResearchTrip {

  public static final String PROCESS_KEY = "research-trip";
  public static final String MESSAGE_CANCELLED = "trip-cancelled";
  public static final String MESSAGE_RESCHEDULED = "trip-rescheduled";

  public static final class Steps {
    public static final String REQUEST_APPROVAL = "request-approval";
    public static final String REVISE_REQUEST = "revise-request";
    public static final String FILE_REPORT = "file-report";
    public static final String COORDINATE_LOCAL = "coordinate-local";
    public static final String SEND_LETTER = "send-letter";
    public static final String RECORD_REPLY = "record-reply";
    public static final String PLAN = "plan";
    public static final String APPROVE_PLAN = "approve-plan";
    public static final String SEND_NOTICES = "send-notices";
    public static final String ON_SITE = "on-site";
    public static final String REPORT = "report";
    public static final String APPROVE_REPORT = "approve-report";

    private Steps() {
    }
  }

  public static final class Vars {
    public static final String TOPIC = "topic";
    public static final String LEAD_BY = "leadBy";
    public static final String SCOPE = "scope";
    public static final String DESTINATIONS = "destinations";
    public static final String DEPARTS_ON = "departsOn";
    public static final String RETURNS_ON = "returnsOn";
    public static final String PARTICIPANTS = "participants";
    public static final String STAFF = "staff";
    public static final String BUDGET = "budget";
    public static final String REQUESTER = "requester";
    public static final String APPROVER = "approver";
    public static final String APPROVER_NAME = "approverName";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_LOG = "approvalLog";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_COMMENT = "planComment";
    public static final String PLAN_CHANGED = "planChanged";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_COMMENT = "reportComment";
    public static final String CANCEL_REASON = "cancelReason";
    /** Set when the departure timer fires: from then on the trip can no longer be cancelled or postponed. */
    public static final String DEPARTED_ON = "departedOn";

    private Vars() {
    }
  }

  public enum Scope implements Labelled {
    IN_PROVINCE("省内"),
    OUT_OF_PROVINCE("省外");

    private final String label;

    Scope(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private ResearchTrip() {
  }
}
