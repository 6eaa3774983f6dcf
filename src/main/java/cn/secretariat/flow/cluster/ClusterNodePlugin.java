package cn.secretariat.flow.cluster;

import cn.secretariat.flow.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * What one node of a cluster needs from the engine besides the shared database:
 * <ul>
 * <li>its name as Camunda's host name (job log, metrics) and as the prefix of its job executor's lock
 * owner: the owner stays unique (a random suffix), yet {@code ACT_RU_JOB.LOCK_OWNER_} tells an operator
 * which node holds a job, e.g. one that died with jobs locked;</li>
 * <li>the history cleanup window, configured in office time (19:00–07:00 Asia/Shanghai by default) but
 * read by Camunda in the JVM's zone: converted here, so a server running on UTC still cleans up at night
 * in the office and never in office hours.</li>
 * </ul>
 */
public class ClusterNodePlugin extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final NodeProperties node;
  private final HistoryCleanupProperties cleanup;
  private final WorkingCalendar calendar;
  private final ZoneId jvmZone;

  public ClusterNodePlugin(NodeProperties node, HistoryCleanupProperties cleanup, WorkingCalendar calendar,
      ZoneId jvmZone) {
    this.node = node;
    this.cleanup = cleanup;
    this.calendar = calendar;
    this.jvmZone = jvmZone;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!node.name().isBlank()) {
      configuration.setHostname(node.name());
    }
    configuration.setHistoryCleanupBatchWindowStartTime(inJvmZone(cleanup.windowStart()));
    configuration.setHistoryCleanupBatchWindowEndTime(inJvmZone(cleanup.windowEnd()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null && !node.name().isBlank()) {
      jobExecutor.setLockOwner(lockOwner(node.name()));
    }
  }

  static String lockOwner(String nodeName) {
    return nodeName + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The same instant's wall-clock time in the JVM's zone, as Camunda's HH:mm. China keeps no daylight
   * saving time; a JVM zone that does shifts the window by its offset change, which a night window absorbs.
   */
  String inJvmZone(LocalTime officeTime) {
    LocalDate today = LocalDate.now(calendar.zone());
    return today.atTime(officeTime).atZone(calendar.zone()).withZoneSameInstant(jvmZone).toLocalTime()
        .format(HH_MM);
  }
}
