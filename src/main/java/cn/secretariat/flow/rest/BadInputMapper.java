package cn.secretariat.flow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST resources wrap every engine exception of "start" and "complete" into a
 * {@link RestException} with status 500, even when the request, not the server, was wrong. This answers
 * what the clerk (or the client) can act on, in Chinese:
 * <ul>
 * <li>400 when a form check refused the input ({@link BadUserRequestException}), with the check's own
 * message (without "Cannot instantiate process definition ...");</li>
 * <li>409 when someone else changed the same item at the same moment ({@link OptimisticLockingException}:
 * two clerks, or two nodes, completing one task; the engine rolled this request back, nothing changed);</li>
 * <li>404 when the task no longer exists because someone else already completed it.</li>
 * </ul>
 * Any other {@code RestException} is answered exactly as Camunda would. Its priority puts it ahead of
 * Camunda's own mapper for the same type.
 */
@Priority(1000)
public class BadInputMapper implements ExceptionMapper<RestException> {

  static final String CONFLICT = "该事项刚刚已被他人（或另一处理节点）同时办理，本次提交未生效。请刷新后查看最新状态。";
  static final String TASK_GONE = "该任务已不存在：可能已由他人办理完毕或已被撤销。请刷新任务列表。";

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof BadUserRequestException bad) {
        return ExceptionHandlerHelper.getInstance().getResponse(bad);
      }
      if (t instanceof OptimisticLockingException conflict) {
        return answer(Response.Status.CONFLICT, conflict, CONFLICT);
      }
      if (t instanceof NullValueException missing && missing.getMessage() != null
          && missing.getMessage().startsWith("Cannot find task with id")) {
        return answer(Response.Status.NOT_FOUND, missing, TASK_GONE);
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  static Response answer(Response.Status status, Throwable cause, String message) {
    ExceptionDto body = ExceptionDto.fromException(cause);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
