package cn.secretariat.flow.identity;

/** Ids of the office's groups, as models name them in {@code camunda:candidateGroups}. */
public final class Groups {

  public static final String CLERKS = "clerks";
  public static final String CONFIDENTIAL = "confidential";
  public static final String CHIEFS = "chiefs";
  public static final String LEADERS = "leaders";
  /** The Standing Committee's leaders in charge (分管副主任), who approve out-of-province trips. */
  public static final String SC_LEADERS = "sc-leaders";
  public static final String SUPERVISORS = "supervisors";
  public static final String ARCHIVISTS = "archivists";
  public static final String DUTY = "duty";
  public static final String ADMINS = "camunda-admin";

  /** Type of the office's own working groups (departments have {@link Departments#GROUP_TYPE}). */
  public static final String WORKFLOW_TYPE = "WORKFLOW";

  private Groups() {
  }
}
