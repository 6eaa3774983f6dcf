package cn.secretariat.flow.archive;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 终止电子查阅 (behind the 借阅到期 timer of an electronic loan): revokes the borrower's access. Idempotent:
 * access already revoked (returned early, or a job that runs twice) stays as it is.
 */
@Component("revokeAccessDelegate")
public class RevokeAccessDelegate implements JavaDelegate {

  private final ArchiveAccess access;

  public RevokeAccessDelegate(ArchiveAccess access) {
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    if (access.revoke(execution.getProcessInstanceId(), now.toInstant())) {
      execution.getProcessInstance().setVariable(Archive.Vars.ACCESS_REVOKED_AT, now);
    }
  }
}
