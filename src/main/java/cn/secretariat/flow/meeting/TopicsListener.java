package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 报送议题 ({@code collect-topics}, one per department): on create the department's answers are declared local
 * to its instance, so parallel departments do not overwrite each other; on complete its topics join
 * {@code topicsCollected} for the chief who sets the agenda.
 */
@Component("topicsListener")
public class TopicsListener implements TaskListener {

  private final Departments departments;

  public TopicsListener(Departments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      instance.setVariableLocal(TOPIC_TITLES, null);
      instance.setVariableLocal(TOPIC_NOTES, null);
      return;
    }
    InputCheck check = InputCheck.of(task);
    String titles = check.text(TOPIC_TITLES, "议题", 2000);
    String notes = check.optionalText(TOPIC_NOTES, "说明", 2000);
    check.throwIfInvalid();
    String line = "【" + departments.nameOf((String) task.getVariable(DEPARTMENT)) + "】" + titles.replace("\n", "；")
        + (notes == null ? "" : "（" + notes + "）");
    Object before = task.getVariable(TOPICS_COLLECTED);
    instance.getProcessInstance().setVariable(TOPICS_COLLECTED,
        before == null || before.toString().isEmpty() ? line : before + "\n" + line);
  }
}
