package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.CO_DEPARTMENTS;
import static cn.secretariat.flow.incoming.IncomingDocument.Vars.LEAD_DEPARTMENT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The collection of the parallel 承办 ({@code camunda:collection="${handlingPlan.departments(execution)}"}):
 * the lead department first, then each co-handler once.
 */
@Component("handlingPlan")
public class HandlingPlan {

  public List<String> departments(DelegateExecution execution) {
    List<String> departments = new ArrayList<>();
    departments.add((String) execution.getVariable(LEAD_DEPARTMENT));
    Object co = execution.getVariable(CO_DEPARTMENTS);
    if (co instanceof SpinJsonNode node && node.isArray()) {
      for (SpinJsonNode element : node.elements()) {
        if (!departments.contains(element.stringValue())) {
          departments.add(element.stringValue());
        }
      }
    }
    return departments;
  }
}
