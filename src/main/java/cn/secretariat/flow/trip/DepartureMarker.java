package cn.secretariat.flow.trip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 出发 ({@code Timer_Departure}, end): from now on the trip can no longer be cancelled or postponed. */
@Component("departureMarker")
public class DepartureMarker implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(ResearchTrip.Vars.DEPARTED_ON, execution.getVariable(ResearchTrip.Vars.DEPARTS_ON));
  }
}
