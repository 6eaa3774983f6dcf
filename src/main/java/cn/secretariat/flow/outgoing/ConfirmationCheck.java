package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 核发 ({@code distribute}) and 归档 ({@code archive}), complete: the clerk confirms the step was done. */
@Component("confirmationCheck")
public class ConfirmationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    boolean distributing = OutgoingDocument.Steps.DISTRIBUTE.equals(task.getTaskDefinitionKey());
    String flag = distributing ? DISTRIBUTION_CONFIRMED : ARCHIVE_CONFIRMED;
    check.require(Boolean.TRUE.equals(task.getVariable(flag)),
        distributing ? "请确认已向主送、抄送机关核发" : "请确认已归档");
    check.optionalText(distributing ? DISTRIBUTION_NOTES : ARCHIVE_NOTES, distributing ? "核发说明" : "归档说明", 2000);
    check.throwIfInvalid();
  }
}
