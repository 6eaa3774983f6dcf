package cn.secretariat.flow.escalation;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** The open tasks of the step a 催办 / 督办 service task watches (several for a parallel multi-instance step). */
final class WatchedTasks {

  private WatchedTasks() {
  }

  static List<Task> open(DelegateExecution execution) {
    Object key = execution.getVariableLocal(Escalation.WATCHED_TASK);
    if (!(key instanceof String taskKey) || taskKey.isBlank()) {
      throw new ProcessEngineException("模型错误：" + execution.getCurrentActivityId()
          + " 缺少输入参数 " + Escalation.WATCHED_TASK);
    }
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc()
        .list();
  }
}
