package cn.secretariat.flow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Applies {@link DocumentAccess} when any user task of any model is created, as a built-in listener: no
 * model can forget it, and it runs before the model's own listeners. Also installs the
 * {@link CandidateAuthorizationProvider}.
 */
@Component
public class DocumentAccessPlugin extends AbstractProcessEnginePlugin {

  private final DocumentAccess documentAccess;

  public DocumentAccessPlugin(DocumentAccess documentAccess) {
    this.documentAccess = documentAccess;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener onCreate = documentAccess::onTaskCreated;
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
    configuration.setResourceAuthorizationProvider(new CandidateAuthorizationProvider(documentAccess));
  }
}
