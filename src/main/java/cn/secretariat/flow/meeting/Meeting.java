package cn.secretariat.flow.meeting;

import cn.secretariat.flow.document.Labelled;

/** Vocabulary of {@code meeting-service} (会务闭环) and its called process {@code follow-up-item} (督办事项). */
public final class Meeting {

  public static final String PROCESS_KEY = "meeting-service";
  public static final String FOLLOW_UP_KEY = "follow-up-item";

  public static final String MESSAGE_RESCHEDULED = "meeting-rescheduled";
  public static final String MESSAGE_CANCELLED = "meeting-cancelled";

  public static final class Steps {
    public static final String SCHEDULE_BRANCH = "schedule-branch";
    public static final String COLLECT_TOPICS = "collect-topics";
    public static final String AGENDA = "agenda";
    public static final String NOTIFY = "notify";
    public static final String PRINT_MATERIALS = "print-materials";
    public static final String CONFIRM_ATTENDANCE = "confirm-attendance";
    public static final String PREPARE_VENUE = "prepare-venue";
    public static final String TAKE_MINUTES = "take-minutes";
    public static final String WRITE_SUMMARY = "write-summary";
    public static final String APPROVE_SUMMARY = "approve-summary";
    public static final String FOLLOW_UP = "follow-up";
    public static final String NOTIFY_CHANGE = "notify-change";
    public static final String CARRY_OUT = "carry-out";
    public static final String CONFIRM_DONE = "confirm-done";

    private Steps() {
    }
  }

  public static final class Vars {
    public static final String MEETING_NAME = "meetingName";
    public static final String MEETING_TYPE = "meetingType";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String VENUE = "venue";
    public static final String CHAIR = "chair";
    public static final String ATTENDEE_SCOPE = "attendeeScope";
    public static final String EXPECTED_COUNT = "expectedCount";
    public static final String TOPIC_DEPARTMENTS = "topicDepartments";
    public static final String DEPARTMENT = "department";
    public static final String TOPIC_TITLES = "topicTitles";
    public static final String TOPIC_NOTES = "topicNotes";
    public static final String TOPICS_COLLECTED = "topicsCollected";
    public static final String AGENDA = "agenda";
    public static final String NOTICE_SENT = "noticeSent";
    public static final String SUMMARY_DECISION = "summaryDecision";
    public static final String SUMMARY_COMMENT = "summaryComment";
    public static final String DECIDED_ITEMS = "decidedItems";
    public static final String ITEM_INDEX = "itemIndex";
    public static final String FIRST_WORKING_DAY = "firstWorkingDayOfMonth";
    public static final String CANCEL_REASON = "cancelReason";
    public static final String CLOSING_RECORD = "closingRecord";
    public static final String ITEMS_LATE = "itemsLate";
    // follow-up-item
    public static final String ITEM = "item";
    public static final String DEADLINE = "deadline";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String PROGRESS_REPORT = "progressReport";
    public static final String CARRIED_OUT = "carriedOut";
    public static final String CONFIRM_RESULT = "confirmResult";
    public static final String CONFIRM_COMMENT = "confirmComment";
    public static final String CARRIED_OUT_AT = "carriedOutAt";
    /** One line per confirmed item, handed to the meeting for its closing record. */
    public static final String CLOSING_LINES = "closingLines";
    public static final String ON_TIME = "onTime";
    public static final String WORKING_DAYS_LATE = "workingDaysLate";

    private Vars() {
    }
  }

  /** 会议类型; the constant names are the keys of {@code secretariat.meetings.notice-days-before}. */
  public enum Type implements Labelled {
    PROVINCIAL_CONGRESS("省人代会"),
    STANDING_COMMITTEE("常委会会议"),
    PARTY_GROUP("党组会"),
    CHAIRPERSONS("主任会议"),
    TOPICAL("专题会"),
    PARTY_BRANCH("支部会");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private Meeting() {
  }
}
