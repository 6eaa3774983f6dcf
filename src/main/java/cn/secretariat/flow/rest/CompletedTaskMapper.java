package cn.secretariat.flow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Two clerks complete the same task at the same moment: the first one's completion also removes the task's
 * grants, and the second request, which found the task a moment earlier, is then refused for want of
 * permission on it. Telling that clerk "no TASK_WORK permission" would be wrong and alarming; the truth
 * is that someone else has just completed the task. This answers 404 with
 * {@link BadInputMapper#TASK_GONE} when the task of a refused permission no longer exists; every other
 * refusal is answered as Camunda does (403 with the missing permissions).
 */
@Priority(1000)
public class CompletedTaskMapper implements ExceptionMapper<AuthorizationException> {

  @Override
  public Response toResponse(AuthorizationException exception) {
    Optional<String> task = exception.getMissingAuthorizations().stream()
        .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
        .map(MissingAuthorization::getResourceId).findFirst();
    if (task.isPresent() && !exists(task.get())) {
      return BadInputMapper.answer(Response.Status.NOT_FOUND, exception, BadInputMapper.TASK_GONE);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /** Whether the task exists at all, whoever may see it. */
  private static boolean exists(String taskId) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return true;
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return context.getTaskManager().findTaskById(taskId) != null;
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }
}
