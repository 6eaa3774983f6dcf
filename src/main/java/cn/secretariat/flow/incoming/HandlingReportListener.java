package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 承办 ({@code handle}, on complete): the department's report is required. It stays local to the
 * department's instance (its input mapping declares it), and is appended to {@code handlingSummary} for
 * the clerk who closes the document.
 */
@Component("handlingReportListener")
public class HandlingReportListener implements TaskListener {

  private final Departments departments;

  public HandlingReportListener(Departments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String result = check.text(HANDLING_RESULT, "办理情况", 2000);
    check.throwIfInvalid();

    task.setVariable(HANDLING_RESULT, result);
    String department = (String) task.getVariable(DEPARTMENT);
    String line = "【" + departments.nameOf(department) + "·" + task.getVariable(HANDLING_ROLE) + "】" + result;
    Object before = task.getVariable(HANDLING_SUMMARY);
    String summary = before == null || before.toString().isEmpty() ? line : before + "\n" + line;
    task.getExecution().getProcessInstance().setVariable(HANDLING_SUMMARY, summary);
  }
}
