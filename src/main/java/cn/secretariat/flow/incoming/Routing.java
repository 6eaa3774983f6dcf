package cn.secretariat.flow.incoming;

import static cn.secretariat.flow.incoming.IncomingDocument.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The routing part of 拟办 and 审批: a lead department (主办), optional co-handlers (协办) and a time limit in
 * working days. Stores co-handlers as a JSON array, the type Tasklist's checklist reads and writes.
 */
final class Routing {

  private Routing() {
  }

  /** Checks the routing answers; with {@code required} false (阅知, 存档, 退回) they are not needed. */
  static void check(InputCheck check, VariableScope scope, Map<String, String> departments, boolean required,
      boolean daysRequired) {
    if (!required) {
      return;
    }
    String lead = check.optionalText(LEAD_DEPARTMENT, "主办单位", 64);
    List<String> co = check.idList(CO_DEPARTMENTS, "协办单位");
    Integer days = check.optionalWholeNumber(HANDLING_DAYS, "办理时限（工作日）", 1, IncomingDocument.MAX_HANDLING_DAYS);
    if (lead == null) {
      check.missing("主办单位");
    } else {
      check.require(departments.containsKey(lead), "主办单位不存在：" + lead);
    }
    for (String id : co) {
      check.require(departments.containsKey(id), "协办单位不存在：" + id);
    }
    if (daysRequired && days == null && scope.getVariable(HANDLING_DAYS) == null) {
      check.missing("办理时限（工作日）");
    }
  }

  /** Writes the checked routing back in canonical form; call only after the check passed. */
  static void store(VariableScope scope, InputCheck check) {
    String lead = ((String) scope.getVariable(LEAD_DEPARTMENT)).strip();
    List<String> co = new ArrayList<>(check.idList(CO_DEPARTMENTS, "协办单位"));
    co.remove(lead);
    scope.setVariable(LEAD_DEPARTMENT, lead);
    scope.setVariable(CO_DEPARTMENTS, SpinValues.jsonValue(Spin.JSON(co)).create());
    Integer days = check.optionalWholeNumber(HANDLING_DAYS, "办理时限（工作日）", 1, IncomingDocument.MAX_HANDLING_DAYS);
    if (days != null) {
      scope.setVariable(HANDLING_DAYS, days);
    }
  }
}
