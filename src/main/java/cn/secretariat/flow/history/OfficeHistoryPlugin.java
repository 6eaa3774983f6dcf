package cn.secretariat.flow.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/** Makes {@link OfficeHistoryLevel} known to the engine, so that {@code camunda.bpm.history-level: office} finds it. */
public class OfficeHistoryPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> copiedVariables;

  public OfficeHistoryPlugin(Set<String> copiedVariables) {
    this.copiedVariables = copiedVariables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new OfficeHistoryLevel(copiedVariables));
    configuration.setCustomHistoryLevels(levels);
  }
}
