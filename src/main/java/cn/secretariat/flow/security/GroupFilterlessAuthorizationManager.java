package cn.secretariat.flow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its group pre-filter. Before every check, once per command, Camunda
 * reads the distinct group ids of the whole {@code ACT_RU_AUTHORIZATION} table, to leave groups without any
 * authorization out of the check. This product grants per document and per task (see {@link DocumentAccess}),
 * so the table grows with every document: at a province's volume (benchmark scenario 3, 13.9 million grants
 * for 1,085,000 instances on PostgreSQL) that read took 0.9–1.1 s on every REST call and every Tasklist
 * refresh. Leaving the filter out changes no decision: a group that holds no authorization matches no row of
 * the check it stays in. A user's groups are few, so the check's list stays short. Installed by
 * {@link AuthorizationTuning}.
 */
public class GroupFilterlessAuthorizationManager extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return EMPTY_LIST;
    }
    return new ArrayList<>(authenticatedGroupIds);
  }

  /** Puts this manager where the engine looks for {@link AuthorizationManager}. */
  public static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GroupFilterlessAuthorizationManager();
    }
  }
}
