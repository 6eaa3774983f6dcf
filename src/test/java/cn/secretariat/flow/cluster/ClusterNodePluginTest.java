package cn.secretariat.flow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.secretariat.flow.calendar.OfficeHours;
import cn.secretariat.flow.calendar.WorkdayTable;
import cn.secretariat.flow.calendar.WorkingCalendar;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

/** A node's name and the history cleanup window in office time, whatever zone the JVM runs in. */
class ClusterNodePluginTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar calendar = new WorkingCalendar(SHANGHAI,
      OfficeHours.parse(List.of("09:00-12:00", "13:30-17:30")), new WorkdayTable(Map.of()));
  private final HistoryCleanupProperties nightly = new HistoryCleanupProperties(LocalTime.of(19, 0), LocalTime.of(7, 0));

  @Test
  void theCleanupWindowIsTheOfficeNightOnAServerRunningOnUtc() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    new ClusterNodePlugin(new NodeProperties(""), nightly, calendar, ZoneId.of("UTC")).preInit(configuration);

    // 19:00 in Xi'an is 11:00 UTC; 07:00 is 23:00 UTC the day before
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("11:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("23:00");
  }

  @Test
  void theCleanupWindowStaysAsWrittenOnAServerInTheOfficeZone() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    new ClusterNodePlugin(new NodeProperties(""), nightly, calendar, SHANGHAI).preInit(configuration);

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("19:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("07:00");
  }

  @Test
  void aNamedNodeWritesItsNameIntoTheJobLogAndItsLockOwner() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJobExecutor(new DefaultJobExecutor());
    ClusterNodePlugin plugin = new ClusterNodePlugin(new NodeProperties("node-a"), nightly, calendar, SHANGHAI);

    plugin.preInit(configuration);
    plugin.postInit(configuration);

    assertThat(configuration.getHostname()).isEqualTo("node-a");
    assertThat(configuration.getJobExecutor().getLockOwner()).matches("node-a-[0-9a-f]{8}");
  }

  @Test
  void anUnnamedNodeKeepsCamundasDefaults() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
    String randomOwner = jobExecutor.getLockOwner();
    configuration.setJobExecutor(jobExecutor);
    ClusterNodePlugin plugin = new ClusterNodePlugin(new NodeProperties(""), nightly, calendar, SHANGHAI);

    plugin.preInit(configuration);
    plugin.postInit(configuration);

    assertThat(configuration.getHostname()).isNull();
    assertThat(jobExecutor.getLockOwner()).isEqualTo(randomOwner);
  }
}
