package cn.secretariat.flow.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's {@code /engine-rest} Jersey application. */
@Configuration(proxyBeanMethods = false)
public class RestConfiguration {

  @Bean
  public ResourceConfigCustomizer badInputMapping() {
    return config -> config.register(BadInputMapper.class);
  }
}
