package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.outgoing.OutgoingDocument.PrintResult;
import cn.secretariat.flow.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 复核印制 ({@code print}, complete). Printed: the copies printed, and for a classified document the
 * confirmation that it was printed in the secure print room. A substantive change found at 复核 sends the
 * draft back to its drafter and then to 签发 again (条例第二十五条).
 */
@Component("printCheck")
public class PrintCheck implements TaskListener {

  private final ReviewLog log;

  public PrintCheck(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String result = check.choice(PRINT_RESULT, "复核结果", Labelled.labels(PrintResult.class));
    String notes = check.optionalText(PRINT_NOTES, "复核说明", 2000);
    if (PrintResult.PRINTED.label().equals(result)) {
      check.wholeNumber(PRINTED_COPIES, "实印份数", 1, 100_000);
      boolean classified = Classification.fromLabel(task.getVariable(CLASSIFICATION))
          .map(c -> c != Classification.UNCLASSIFIED).orElse(false);
      check.require(!classified || Boolean.TRUE.equals(task.getVariable(SECURE_PRINT_ROOM_CONFIRMED)),
          "涉密公文须在涉密文件印制室印制，请确认“已在涉密文件印制室印制”");
    } else if (result != null && notes == null) {
      check.missing("复核说明（需实质性修改时写明修改内容）");
    }
    check.throwIfInvalid();

    task.getExecution().getProcessInstance().setVariable(PRINT_OUTCOME, result);
    if (PrintResult.SUBSTANTIVE_CHANGE.label().equals(result)) {
      log.append(task, "复核", result, notes);
      task.setVariable(RESUME_AT, OutgoingDocument.Steps.SIGN);
      task.setVariable(RETURNED_BY, "复核印制");
    }
  }
}
