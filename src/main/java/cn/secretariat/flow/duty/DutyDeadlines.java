package cn.secretariat.flow.duty;

import static cn.secretariat.flow.duty.DutyCall.Steps.*;
import static cn.secretariat.flow.duty.DutyCall.Vars.*;

import cn.secretariat.flow.duty.DutyCall.Urgency;
import cn.secretariat.flow.escalation.DeadlineProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The duty desk's time limits in <b>natural time</b> ({@code ${dutyDeadlines.due(execution, 'forward')}}): the
 * project's business calendar reads every ISO duration as office time, so these are absolute dates, which the
 * engine takes as they are for a task's due date and for a timer's {@code timeDate}. Each step's limit runs from
 * the moment the step before it was done (registration, 转报, 办理; the shift change for 交接班), so the task, its
 * 催办 and its 督办 timer agree to the millisecond.
 */
@Component("dutyDeadlines")
public class DutyDeadlines {

  private final DutyProperties properties;
  private final double reminderRatio;

  public DutyDeadlines(DutyProperties properties, DeadlineProperties deadlines) {
    this.properties = properties;
    this.reminderRatio = deadlines.reminderRatio();
  }

  public Date due(VariableScope scope, String step) {
    return Date.from(dueOf(scope, step));
  }

  /** The 催办 point: the configured share ({@code secretariat.deadlines.reminder-ratio}) of the step's time. */
  public Date reminder(VariableScope scope, String step) {
    Instant start = startOf(scope, step);
    long millis = Duration.between(start, dueOf(scope, step)).toMillis();
    return Date.from(start.plusMillis(Math.round(millis * reminderRatio)));
  }

  /** Tasklist's order: 重大 before 紧急 before 一般. */
  public int priority(VariableScope scope) {
    return switch (Urgency.of(scope.getVariable(URGENCY))) {
      case CRITICAL -> 90;
      case URGENT -> 75;
      case NORMAL -> 50;
    };
  }

  Instant dueOf(VariableScope scope, String step) {
    Urgency urgency = Urgency.of(scope.getVariable(URGENCY));
    Duration limit = switch (step) {
      case FORWARD -> properties.forward().get(urgency);
      case HANDLE -> properties.handle().get(urgency);
      case REPLY -> properties.reply().get(urgency);
      case CONFIRM_HANDOVER -> properties.handoverWithin();
      default -> throw new ProcessEngineException("值班步骤 " + step + " 没有时限");
    };
    return startOf(scope, step).plus(limit);
  }

  private static Instant startOf(VariableScope scope, String step) {
    String from = switch (step) {
      case FORWARD -> REGISTERED_AT;
      case HANDLE -> FORWARDED_AT;
      case REPLY -> HANDLED_AT;
      case CONFIRM_HANDOVER -> SHIFT_CHANGE_AT;
      default -> throw new ProcessEngineException("值班步骤 " + step + " 没有时限");
    };
    if (!(scope.getVariable(from) instanceof Date start)) {
      throw new ProcessEngineException("值班步骤 " + step + " 的起算时间 " + from + " 未设置");
    }
    return start.toInstant();
  }
}
