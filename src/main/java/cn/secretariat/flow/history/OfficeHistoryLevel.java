package cn.secretariat.flow.history;

import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level {@code office}: Camunda's {@code full}, less three kinds of rows nobody in the office reads,
 * which made up half of a finished document's history (benchmark scenario 3, README "Benchmark"):
 * <ul>
 * <li>a row per write of every variable ({@code ACT_HI_DETAIL}, 68 per 来文): the last value of each variable
 * stays in {@code ACT_HI_VARINST}, and every step's opinion in the archive record, its task and its
 * comment;</li>
 * <li>the job log's creation and deletion rows ({@code ACT_HI_JOB_LOG}, 16 per 来文), written for every 催办
 * and 督办 timer even when the task is done before it falls due; each run of a job, successful or failed,
 * is still logged;</li>
 * <li>the history of the task-list column copies ({@code listTitle}, {@code listUrgency}): they copy process
 * variables whose history is kept.</li>
 * </ul>
 * Everything else is kept as {@code full} keeps it: every instance, step, task, variable, incident, identity
 * link, user operation and comment. The id is {@code full}'s (3), so a database created at {@code full} is
 * used as it is, and Cockpit offers what it offers at {@code full}.
 */
public final class OfficeHistoryLevel implements HistoryLevel {

  public static final String NAME = "office";

  private static final Set<HistoryEventType> NOT_KEPT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_DELETE);

  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

  private final Set<String> copiedVariables;

  /** @param copiedVariables variables that only copy others (the task-list columns): no history at all */
  public OfficeHistoryLevel(Set<String> copiedVariables) {
    this.copiedVariables = Set.copyOf(copiedVariables);
  }

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (NOT_KEPT.contains(eventType)) {
      return false;
    }
    // every event of a copied variable alike: an update or deletion must never meet a missing row
    if (VARIABLE_EVENTS.contains(eventType) && !copiedVariables.isEmpty()) {
      return !copiedVariables.contains(name(entity));
    }
    return true;
  }

  private static String name(Object entity) {
    if (entity instanceof VariableInstance variable) {
      return variable.getName();
    }
    if (entity instanceof HistoricVariableInstance variable) {
      return variable.getName();
    }
    return null;
  }
}
