package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.ARCHIVE;
import static cn.secretariat.flow.incoming.IncomingDocument.Vars.RESULT;

import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 办结 ({@code close}, on complete): the result and whether the document goes to the archive. */
@Component("closingCheck")
public class ClosingCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String result = check.text(RESULT, "办结情况", 2000);
    Boolean archive = check.yesNo(ARCHIVE, "是否归档");
    check.throwIfInvalid();
    task.setVariable(RESULT, result);
    task.setVariable(ARCHIVE, archive);
  }
}
