package cn.secretariat.flow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link BadInputMapper} and {@link CompletedTaskMapper} in every Jersey application of the server: Camunda's {@code /engine-rest}
 * for clients and the webapps' own {@code /camunda/api/engine}, which Tasklist uses to start processes and
 * submit forms. The webapps' servlets are registered by Camunda's initializer, which offers no hook, so
 * Jersey's own discovery (META-INF/services) is the one place both applications share.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class BadInputDiscoverable implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {BadInputMapper.class, CompletedTaskMapper.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
