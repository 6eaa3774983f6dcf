package cn.secretariat.flow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every flow node and sequence flow of a process must be reached by its test class. */
@TestConfiguration(proxyBeanMethods = false)
public class CoverageGate {

  // primary: the coverage configuration defines a default bean of the same type, and the listener
  // silently falls back to no assertion at all when it finds two
  @Bean
  @Primary
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
