package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.READ_COMMENT;

import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 领导阅知 ({@code read}, on complete): the 阅示意见 is optional but bounded. */
@Component("readingCheck")
public class ReadingCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String comment = check.optionalText(READ_COMMENT, "阅示意见", 1000);
    check.throwIfInvalid();
    task.setVariable(READ_COMMENT, comment);
  }
}
