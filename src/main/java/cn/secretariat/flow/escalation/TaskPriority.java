package cn.secretariat.flow.escalation;

import cn.secretariat.flow.document.Urgency;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A task's starting priority from its document's 紧急程度 ({@code camunda:priority="${taskPriority.of(execution)}"});
 * Tasklist sorts by it, and 督办 raises it further.
 */
@Component("taskPriority")
public class TaskPriority {

  public int of(VariableScope scope) {
    return switch (Urgency.fromLabel(scope.getVariable("urgency")).orElse(Urgency.NORMAL)) {
      case EXTRA_URGENT -> 80;
      case URGENT -> 65;
      case NORMAL -> 50;
    };
  }
}
