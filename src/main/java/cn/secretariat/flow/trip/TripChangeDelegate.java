package cn.secretariat.flow.trip;

import cn.secretariat.flow.escalation.DeadlineMover;
import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 改期 and 取消 before departure. As the start listener of both message starts it refuses once the trip has
 * left (the message is then rejected and nothing changes); as {@code Task_Postpone} it checks the new dates
 * and moves every deadline that hangs off them, and the timer that opens 服务保障.
 */
@Component("tripChangeDelegate")
public class TripChangeDelegate implements JavaDelegate, ExecutionListener {

  static final String DEPARTURE_TIMER = "Timer_Departure";

  private final TripCheck check;
  private final TripDeadlines deadlines;

  public TripChangeDelegate(TripCheck check, TripDeadlines deadlines) {
    this.check = check;
    this.deadlines = deadlines;
  }

  /** Before departure only: the departure timer has not fired yet. */
  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getProcessInstance().getVariableLocal(ResearchTrip.Vars.DEPARTED_ON) != null) {
      throw new BadUserRequestException("调研已出发，不能再取消或改期");
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    check.check(execution, execution.getProcessInstance());
    if (!check.beforeDeparture(execution)) {
      throw new BadUserRequestException("新的出发日期已过，不能改到今天或更早");
    }
    String instance = execution.getProcessInstanceId();
    for (String step : TripDeadlines.DATE_DRIVEN) {
      Instant due = deadlines.dueOf(execution, step);
      DeadlineMover.moveStep(execution.getProcessEngineServices(), instance, step, due, deadlines.reminderFor(due));
    }
    DeadlineMover.moveTimer(execution.getProcessEngineServices(), instance, DEPARTURE_TIMER,
        deadlines.departureOf(execution));
  }
}
