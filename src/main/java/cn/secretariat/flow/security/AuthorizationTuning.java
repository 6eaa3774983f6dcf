package cn.secretariat.flow.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Authorization checks with a large {@code ACT_RU_AUTHORIZATION}: this product grants per document and per task
 * ({@link DocumentAccess}), so the table holds about 13 rows per document, 13.9 million at a province's volume
 * (benchmark scenario 3). Two measures, each switchable ({@code secretariat.security.authorization-tuning.*}):
 * <ul>
 * <li>{@code skip-group-prefilter}: {@link GroupFilterlessAuthorizationManager}, no whole-table read before each
 * check (0.9–1.1 s per call at that volume);</li>
 * <li>{@code planner-statistics} (PostgreSQL): statistics on the permission bits Tasklist's queries test
 * ({@code PERMS_ & 2}, READ; {@code PERMS_ & 64}, READ_TASK). Without them PostgreSQL guesses that a group holds
 * a hundred grants where it holds thirty thousand, and checks each task against all of them: counting a
 * group's 30,000 tasks took 80 s; with them it probes the grants of each task by index, 1.9 s.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthorizationTuning.Properties.class)
public class AuthorizationTuning {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationTuning.class);

  /** Permission bits whose share of the grants PostgreSQL is told about: READ and READ_TASK. */
  static final int[] PERMISSION_BITS = {2, 64};

  @ConfigurationProperties("secretariat.security.authorization-tuning")
  public record Properties(@DefaultValue("true") boolean skipGroupPrefilter,
      @DefaultValue("true") boolean plannerStatistics) {
  }

  @Bean
  public AbstractProcessEnginePlugin groupFilterlessAuthorizationPlugin(Properties properties) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!properties.skipGroupPrefilter()) {
          return;
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new GroupFilterlessAuthorizationManager.Factory());
        configuration.setCustomSessionFactories(factories);
      }
    };
  }

  @Bean
  public PlannerStatistics authorizationPlannerStatistics(Properties properties, DataSource dataSource) {
    return new PlannerStatistics(properties.plannerStatistics(), dataSource);
  }

  /** Creates the statistics once the engine's tables exist; any node may, and the first one does. */
  public static final class PlannerStatistics {

    private final boolean enabled;
    private final DataSource dataSource;

    PlannerStatistics(boolean enabled, DataSource dataSource) {
      this.enabled = enabled;
      this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
      if (!enabled) {
        return;
      }
      try (Connection connection = dataSource.getConnection()) {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
          return;
        }
        ensure(connection);
      } catch (SQLException e) {
        // a missing statistic makes some queries slower, never wrong: the node starts anyway
        LOG.warn("Statistics on ACT_RU_AUTHORIZATION not created: {}", e.getMessage());
      }
    }

    /** @return how many statistics objects were created (0 when they all existed) */
    static int ensure(Connection connection) throws SQLException {
      int created = 0;
      try (Statement statement = connection.createStatement()) {
        for (int bit : PERMISSION_BITS) {
          String name = "sf_auth_perms_" + bit;
          try (var rs = statement.executeQuery("SELECT 1 FROM pg_statistic_ext WHERE stxname = '" + name + "'")) {
            if (rs.next()) {
              continue;
            }
          }
          statement.execute("CREATE STATISTICS IF NOT EXISTS " + name + " ON (perms_ & " + bit
              + ") FROM act_ru_authorization");
          created++;
        }
        if (created > 0) {
          statement.execute("ANALYZE act_ru_authorization");
          LOG.info("Created {} statistics on ACT_RU_AUTHORIZATION's permission bits", created);
        }
      }
      return created;
    }
  }
}
