package cn.secretariat.flow.escalation;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Urgency;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time limits that models refer to: {@code camunda:dueDate="${deadlines.limit(execution, 'summarize')}"}
 * on the task and its 办理时限届满 timer, {@code ${deadlines.reminder(execution, 'summarize')}} on its
 * follow-up date and 催办 timer. Both answer ISO durations, which the engine resolves with the working-time
 * business calendar; the task, its reminder and its escalation are created in one transaction, at one
 * engine time, so they agree to the second.
 */
@Component("deadlines")
public class Deadlines {

  private final DeadlineProperties properties;
  private final WorkingCalendar calendar;

  public Deadlines(DeadlineProperties properties, WorkingCalendar calendar) {
    this.properties = properties;
    this.calendar = calendar;
    validateConfiguredLimits();
  }

  /** The step's limit as an ISO duration in working time, e.g. {@code PT2H} or {@code P3D}. */
  public String limit(DelegateExecution execution, String step) {
    DeadlineProperties.StepLimit limit = stepLimit(processKey(execution), step);
    if (limit.daysVariable() != null) {
      Object days = execution.getVariable(limit.daysVariable());
      if (!(days instanceof Number n) || n.intValue() < 1) {
        throw new ProcessEngineException("步骤 " + step + " 的办理时限（" + limit.daysVariable() + "）未设置或无效：" + days);
      }
      return "P" + n.intValue() + "D";
    }
    Urgency urgency = Urgency.fromLabel(execution.getVariable("urgency")).orElse(Urgency.NORMAL);
    return byUrgency(limit, urgency, step);
  }

  /**
   * The 催办 point as an ISO duration of office time from now: the configured share of the office time
   * between now and the step's due date.
   */
  public String reminder(DelegateExecution execution, String step) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant due = calendar.plus(now, limit(execution, step));
    Instant remindAt = calendar.fractionOf(now, due, properties.reminderRatio());
    return "PT" + calendar.officeTimeBetween(now, remindAt).toSeconds() + "S";
  }

  private DeadlineProperties.StepLimit stepLimit(String processKey, String step) {
    Map<String, DeadlineProperties.StepLimit> steps = properties.processes().get(processKey);
    DeadlineProperties.StepLimit limit = steps == null ? null : steps.get(step);
    if (limit == null) {
      throw new ProcessEngineException("未配置办理时限：secretariat.deadlines.processes." + processKey + "." + step);
    }
    return limit;
  }

  private static String byUrgency(DeadlineProperties.StepLimit limit, Urgency urgency, String step) {
    String value = switch (urgency) {
      case EXTRA_URGENT -> limit.extraUrgent();
      case URGENT -> limit.urgent();
      case NORMAL -> limit.normal();
    };
    if (value == null) {
      value = limit.any();
    }
    if (value == null) {
      throw new ProcessEngineException("未配置 " + urgency.label() + " 件在步骤 " + step + " 的办理时限");
    }
    return value;
  }

  private static String processKey(DelegateExecution execution) {
    // read from the cached definition of the running execution: no query, no authorization check
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    return execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
  }

  /** Fails the start of the application, not a clerk's task, when a configured limit cannot be read. */
  private void validateConfiguredLimits() {
    Instant sample = Instant.parse("2026-01-05T01:00:00Z");
    properties.processes().forEach((process, steps) -> steps.forEach((step, limit) -> {
      if (limit.daysVariable() == null) {
        for (String value : new String[] {limit.extraUrgent(), limit.urgent(), limit.normal(), limit.any()}) {
          if (value != null) {
            calendar.plus(sample, value);
          }
        }
      }
    }));
  }
}
