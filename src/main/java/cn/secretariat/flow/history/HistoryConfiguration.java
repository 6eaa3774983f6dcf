package cn.secretariat.flow.history;

import cn.secretariat.flow.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The history level {@code office} (see {@link OfficeHistoryLevel}), selected in application.yaml. */
@Configuration(proxyBeanMethods = false)
public class HistoryConfiguration {

  @Bean
  public OfficeHistoryPlugin officeHistoryPlugin(SecurityProperties security) {
    return new OfficeHistoryPlugin(security.taskListColumns().keySet());
  }
}
