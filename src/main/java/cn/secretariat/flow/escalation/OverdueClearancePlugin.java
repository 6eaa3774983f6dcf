package cn.secretariat.flow.escalation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Completing an overdue task resolves its {@code overdue} incident (history keeps it as resolved, and the
 * task-local variable {@code overdue} keeps the fact). Added to every user task of every model at parse
 * time as a built-in listener, so no model can forget it and skipping custom listeners does not skip it.
 */
@Component
public class OverdueClearancePlugin extends AbstractProcessEnginePlugin {

  static final TaskListener RESOLVE_ON_COMPLETE = OverdueClearancePlugin::resolveOverdueIncidents;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, RESOLVE_ON_COMPLETE);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void resolveOverdueIncidents(DelegateTask task) {
    // the clerk who completes the task may not update the process instance: this is the system's doing
    Context.getCommandContext().runWithoutAuthorization(() -> {
      var runtime = task.getProcessEngineServices().getRuntimeService();
      List<Incident> open = runtime.createIncidentQuery()
          .executionId(task.getExecutionId())
          .incidentType(Escalation.INCIDENT_OVERDUE)
          .configuration(task.getId())
          .list();
      open.forEach(incident -> runtime.resolveIncident(incident.getId()));
      return null;
    });
  }
}
