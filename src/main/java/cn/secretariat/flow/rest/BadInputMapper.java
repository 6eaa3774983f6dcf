package cn.secretariat.flow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST resources wrap every engine exception of "start" and "complete" into a
 * {@link RestException} with status 500, even when a form check refused the input. When the cause is a
 * {@link BadUserRequestException}, this answers 400 with that exception's own message (the clerk's text,
 * without "Cannot instantiate process definition ..."); any other {@code RestException} is answered exactly
 * as Camunda would. Its priority puts it ahead of Camunda's own mapper for the same type.
 */
@Priority(1000)
public class BadInputMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof BadUserRequestException bad) {
        return ExceptionHandlerHelper.getInstance().getResponse(bad);
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
