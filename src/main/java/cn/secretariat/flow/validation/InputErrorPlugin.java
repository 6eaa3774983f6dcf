package cn.secretariat.flow.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener ..."), so a form check's {@link BadUserRequestException} would reach REST as HTTP 500 and
 * Tasklist as an English stack message. This outermost interceptor, which runs after the command's
 * transaction has rolled back, rethrows the check's own exception: REST answers 400 with the clerk's
 * message, and Java callers see the same exception type.
 */
@Component
public class InputErrorPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new UnwrappingInterceptor());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static final class UnwrappingInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        BadUserRequestException cause = badInput(e);
        throw cause != null ? cause : e;
      }
    }

    private static BadUserRequestException badInput(Throwable thrown) {
      if (thrown instanceof BadUserRequestException) {
        return null;
      }
      for (Throwable t = thrown.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof BadUserRequestException bad) {
          return bad;
        }
      }
      return null;
    }
  }
}
