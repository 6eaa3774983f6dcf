package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.SUMMARY;

import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 文件摘要 ({@code summarize}, on complete): a summary is required. */
@Component("summaryCheck")
public class SummaryCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String summary = check.text(SUMMARY, "文件摘要", 2000);
    check.throwIfInvalid();
    task.setVariable(SUMMARY, summary);
  }
}
