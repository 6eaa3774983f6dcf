package cn.secretariat.flow.history;

import cn.secretariat.flow.security.SecurityProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link OfficeHistoryLevel} known to the engine, so that {@code camunda.bpm.history-level: office} finds it;
 * the task-list columns ({@code secretariat.security.task-list-columns}) are the copies it keeps no history of.
 */
@Component
public class OfficeHistoryPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> copiedVariables;

  public OfficeHistoryPlugin(SecurityProperties security) {
    this.copiedVariables = security.taskListColumns().keySet();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new OfficeHistoryLevel(copiedVariables));
    configuration.setCustomHistoryLevels(levels);
  }
}
