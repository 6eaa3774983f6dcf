package cn.secretariat.flow.duty;

import cn.secretariat.flow.document.Labelled;

/** Vocabulary of the duty desk (值班值守): {@code duty-call} (值班来电来文) and {@code duty-handover} (交接班). */
public final class DutyCall {

  public static final String PROCESS_KEY = "duty-call";
  public static final String HANDOVER_KEY = "duty-handover";

  public static final class Steps {
    public static final String FORWARD = "forward";
    public static final String HANDLE = "handle-call";
    public static final String REPLY = "reply";
    public static final String CONFIRM_HANDOVER = "confirm-handover";

    private Steps() {
    }
  }

  public static final class Vars {
    // registration (来电来文登记)
    public static final String KIND = "kind";
    public static final String CALLER = "caller";
    public static final String ORGANISATION = "organisation";
    public static final String PHONE = "phone";
    public static final String MATTER = "matter";
    public static final String URGENCY = "urgency";
    public static final String TITLE = "title";
    public static final String REGISTRAR = "registrar";
    public static final String REGISTERED_AT = "registeredAt";
    // who is on duty now (确定值班人员)
    public static final String DUTY_DATE = "dutyDate";
    public static final String DUTY_TRACK = "dutyTrack";
    public static final String HOLIDAY_NAME = "holidayName";
    public static final String DUTY_OFFICER = "dutyOfficer";
    public static final String DUTY_OFFICER_NAME = "dutyOfficerName";
    public static final String LEADER_IN_CHARGE = "leaderInCharge";
    public static final String LEADER_NAME = "leaderName";
    /** Set by 即报带班领导 (紧急, 重大): the leader is a candidate of 转报 from the start. */
    public static final String LEADER_REPORTED_AT = "leaderReportedAt";
    // 转报
    public static final String HANDLER_ROLE = "handlerRole";
    public static final String FORWARD_NOTE = "forwardNote";
    public static final String FORWARDED_AT = "forwardedAt";
    public static final String HANDLER = "handler";
    public static final String HANDLER_NAME = "handlerName";
    // 办理, 答复
    public static final String HANDLING_RESULT = "handlingResult";
    public static final String HANDLED_AT = "handledAt";
    public static final String REPLY_TEXT = "replyText";
    public static final String REPLIED_AT = "repliedAt";
    // 交接班
    public static final String SHIFT_CHANGE_AT = "shiftChangeAt";
    public static final String OUTGOING_OFFICER = "outgoingOfficer";
    public static final String INCOMING_OFFICER = "incomingOfficer";
    public static final String OPEN_MATTERS = "openMatters";
    public static final String OPEN_COUNT = "openCount";
    public static final String HANDOVER_CONFIRMED = "handoverConfirmed";
    public static final String HANDOVER_NOTES = "handoverNotes";

    private Vars() {
    }
  }

  /** 来电 or 来文. */
  public enum Kind implements Labelled {
    CALL("来电"), DOCUMENT("来文");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** The urgency of a duty matter; its own words, not the 特急/加急/平件 of documents. */
  public enum Urgency implements Labelled {
    NORMAL("一般"), URGENT("紧急"), CRITICAL("重大");

    private final String label;

    Urgency(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    public static Urgency of(Object label) {
      return Labelled.fromLabel(Urgency.class, label).orElse(NORMAL);
    }
  }

  /** The two tracks of duty: ordinary days and statutory holidays. */
  public enum Track implements Labelled {
    ORDINARY("日常值班"), HOLIDAY("节假日值守");

    private final String label;

    Track(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Who handles the matter after 转报. */
  public enum HandlerRole implements Labelled {
    OFFICER("值班员办理"), LEADER("带班领导办理");

    private final String label;

    HandlerRole(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private DutyCall() {
  }
}
