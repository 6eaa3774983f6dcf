package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.*;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 格式预审 ({@code format-check}): applies {@link FormatRules} to the draft and writes every objection, one per
 * numbered line, for the drafter; the gateway after it sends a draft with objections back to 修改.
 */
@Component("formatCheckDelegate")
public class FormatCheckDelegate implements JavaDelegate {

  private final FormatRules rules;

  public FormatCheckDelegate(OutgoingProperties properties) {
    this.rules = new FormatRules(properties.subordinateOrganMarkers());
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FormatViolation> violations = rules.check(new Draft(
        (String) execution.getVariable(DOC_TYPE),
        (String) execution.getVariable(TITLE),
        (String) execution.getVariable(MAIN_RECIPIENTS),
        (String) execution.getVariable(CC_RECIPIENTS),
        (String) execution.getVariable(CLASSIFICATION),
        (Integer) execution.getVariable(SECRECY_PERIOD),
        (Integer) execution.getVariable(COPIES),
        (String) execution.getVariable(URGENCY),
        (String) execution.getVariable(ISSUER_CODE),
        (String) execution.getVariable(SIGNER),
        (String) execution.getVariable(BODY),
        (String) execution.getVariable(ATTACHMENT_NOTES),
        (String) execution.getVariable(ATTACHMENT_TITLES)));
    execution.setVariable(FORMAT_OK, violations.isEmpty());
    execution.setVariable(FORMAT_VIOLATIONS, IntStream.range(0, violations.size())
        .mapToObj(i -> (i + 1) + ". " + violations.get(i).message())
        .collect(Collectors.joining("\n")));
  }
}
