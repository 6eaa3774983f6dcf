package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The collections the model iterates: the departments asked for topics, and the decided items of the 纪要
 * (by index, so that each 督办事项 receives plain text variables rather than a serialized object).
 */
@Component("meetingPlan")
public class MeetingPlan {

  public List<String> topicDepartments(DelegateExecution execution) {
    List<String> ids = new ArrayList<>();
    if (execution.getVariable(TOPIC_DEPARTMENTS) instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> ids.add(e.stringValue()));
    }
    return ids;
  }

  public List<Integer> itemIndices(DelegateExecution execution) {
    return IntStream.range(0, items(execution).size()).boxed().toList();
  }

  /** One field (item, department, deadline) of the decided item at {@code index}. */
  public String itemField(DelegateExecution execution, Object index, String field) {
    SpinJsonNode item = items(execution).get(((Number) index).intValue());
    return item.hasProp(field) ? item.prop(field).stringValue() : null;
  }

  private static List<SpinJsonNode> items(DelegateExecution execution) {
    if (execution.getVariable(DECIDED_ITEMS) instanceof SpinJsonNode node && node.isArray()) {
      return node.elements();
    }
    return List.of();
  }
}
