package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 承办 ({@code handle}, on create): tells the department whether it leads (主办) or assists (协办), and
 * declares its report as a variable of this department's instance, so that parallel departments do not
 * overwrite each other's {@code handlingResult}.
 */
@Component("handlingAssignmentListener")
public class HandlingAssignmentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution();
    boolean leads = instance.getVariable(DEPARTMENT).equals(instance.getVariable(LEAD_DEPARTMENT));
    instance.setVariableLocal(HANDLING_ROLE, leads ? "主办" : "协办");
    if (!instance.hasVariableLocal(HANDLING_RESULT)) {
      instance.setVariableLocal(HANDLING_RESULT, null);
    }
  }
}
