package cn.secretariat.flow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Small "if absent" helpers for users, groups and memberships, safe to run on every start and on two nodes
 * at once (a lost race surfaces as a duplicate key; the loser re-checks and moves on).
 */
@Component
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;

  public IdentityBootstrap(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void groupIfAbsent(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    tolerateRace(() -> identityService.saveGroup(group), () -> identityService.createGroupQuery().groupId(id).count() > 0);
  }

  public void userIfAbsent(String id, String firstName, String lastName, String password) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setLastName(lastName);
    user.setFirstName(firstName);
    user.setPassword(password);
    tolerateRace(() -> identityService.saveUser(user), () -> identityService.createUserQuery().userId(id).count() > 0);
    LOG.info("Created demo user {}", id);
  }

  public void membershipIfAbsent(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
      return;
    }
    tolerateRace(() -> identityService.createMembership(userId, groupId),
        () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  private static void tolerateRace(Runnable create, java.util.function.BooleanSupplier existsNow) {
    try {
      create.run();
    } catch (RuntimeException e) {
      if (!existsNow.getAsBoolean()) {
        throw e;
      }
    }
  }
}
