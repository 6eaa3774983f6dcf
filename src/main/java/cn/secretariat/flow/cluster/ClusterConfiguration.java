package cn.secretariat.flow.cluster;

import cn.secretariat.flow.calendar.WorkingCalendar;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine settings one node of a cluster needs: see {@link ClusterNodePlugin}. */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

  @Bean
  public ClusterNodePlugin clusterNodePlugin(NodeProperties node, HistoryCleanupProperties cleanup,
      WorkingCalendar calendar) {
    return new ClusterNodePlugin(node, cleanup, calendar, ZoneId.systemDefault());
  }
}
