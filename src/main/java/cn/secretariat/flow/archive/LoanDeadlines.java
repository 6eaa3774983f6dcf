package cn.secretariat.flow.archive;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.escalation.ReminderPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * When a loan ends ({@code ${loanDeadlines.due(execution)}}): the borrower's date ({@code dueOn}, calendar
 * days, not working time) at {@code secretariat.archive.loan-ends-at} in the office's zone. Returned as a
 * {@link Date}, which the engine takes as it is: the working-time business calendar only reads durations.
 * The 催办 falls at the configured share of the office time left until then.
 */
@Component("loanDeadlines")
public class LoanDeadlines {

  private final ArchiveProperties properties;
  private final WorkingCalendar calendar;
  private final ReminderPoint reminders;

  public LoanDeadlines(ArchiveProperties properties, WorkingCalendar calendar, ReminderPoint reminders) {
    this.properties = properties;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  public Date due(VariableScope loan) {
    return Date.from(dueOf(loan));
  }

  public Date reminder(VariableScope loan) {
    return Date.from(reminders.before(dueOf(loan)));
  }

  Instant dueOf(VariableScope loan) {
    return endOf(day(loan));
  }

  Instant endOf(LocalDate dueOn) {
    return dueOn.atTime(properties.loanEndsAt()).atZone(calendar.zone()).toInstant();
  }

  private static LocalDate day(VariableScope loan) {
    Object value = loan.getVariable(Archive.Vars.DUE_ON);
    if (!(value instanceof String text)) {
      throw new ProcessEngineException("借阅期限未设置");
    }
    return LocalDate.parse(text);
  }
}
