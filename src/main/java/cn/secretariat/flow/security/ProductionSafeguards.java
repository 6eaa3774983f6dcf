package cn.secretariat.flow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Profile {@code prod} refuses to start with a default or weak administrator password, with the demo staff,
 * or with the H2 console.
 *
 * <p>A {@link BeanFactoryPostProcessor} on purpose: it runs after the configuration is read but before any
 * bean is created, so before the process engine creates the admin user with the bad password and before the
 * web server opens a port. An {@code @PostConstruct} would be too late: any bean created earlier that needs
 * the engine (the identity bootstrap does) would have created the admin user already.
 */
@Component
@Profile("prod")
public class ProductionSafeguards implements BeanFactoryPostProcessor, EnvironmentAware {

  /** Lower case; compared ignoring case. The project's own defaults (demo, test-only) and the usual guesses. */
  static final Set<String> KNOWN_DEFAULT_PASSWORDS =
      Set.of("demo", "admin", "camunda", "password", "123456", "changeme", "secret", "test-only");
  static final int MIN_PASSWORD_LENGTH = 10;
  static final String PASSWORD_VARIABLE = "SECRETARIAT_ADMIN_PASSWORD";

  /** What the check reads; {@link #from(Environment)} takes it from the Spring configuration. */
  public record Settings(String adminId, String adminFirstName, String adminLastName, String adminEmail,
      String adminPassword, boolean demoEnabled, boolean h2ConsoleEnabled) {

    static Settings from(Environment environment) {
      Binder binder = Binder.get(environment);
      return new Settings(
          binder.bind("camunda.bpm.admin-user.id", String.class).orElse(null),
          binder.bind("camunda.bpm.admin-user.first-name", String.class).orElse(null),
          binder.bind("camunda.bpm.admin-user.last-name", String.class).orElse(null),
          binder.bind("camunda.bpm.admin-user.email", String.class).orElse(null),
          binder.bind("camunda.bpm.admin-user.password", String.class).orElse(null),
          // same default as DemoProperties
          binder.bind("secretariat.demo.enabled", Boolean.class).orElse(false),
          binder.bind("spring.h2.console.enabled", Boolean.class).orElse(false));
    }
  }

  private Environment environment;

  // EnvironmentAware, not constructor injection: a bean factory post-processor is created before the
  // post-processors that autowire constructors exist
  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    check(Settings.from(environment));
  }

  /** Throws {@link IllegalStateException} naming every problem found; never includes the password itself. */
  public static void check(Settings settings) {
    List<String> problems = problems(settings);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start with profile 'prod':\n  - " + String.join("\n  - ", problems));
    }
  }

  static List<String> problems(Settings settings) {
    List<String> problems = new ArrayList<>();
    String weakness = passwordWeakness(settings);
    if (weakness != null) {
      problems.add("the administrator password (camunda.bpm.admin-user.password) " + weakness
          + "; set the environment variable " + PASSWORD_VARIABLE + " to a password of your own");
    }
    if (settings.demoEnabled()) {
      problems.add("secretariat.demo.enabled is true: the demo staff would be created with a shared password;"
          + " remove it or set SECRETARIAT_DEMO_ENABLED=false");
    }
    if (settings.h2ConsoleEnabled()) {
      problems.add("spring.h2.console.enabled is true: the H2 web console opens the whole database;"
          + " remove it or set SPRING_H2_CONSOLE_ENABLED=false");
    }
    return problems;
  }

  /** Why the password is refused, or null. Says what is wrong, never what the password is. */
  private static String passwordWeakness(Settings settings) {
    String password = settings.adminPassword();
    if (password == null || password.isBlank()) {
      return "is not set";
    }
    if (KNOWN_DEFAULT_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT))) {
      return "is a well-known default";
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return "is shorter than " + MIN_PASSWORD_LENGTH + " characters";
    }
    // The engine applies its password policy (enable-password-policy) when it creates the admin user and
    // would then fail with a bare "Password does not match policy"; the same rules, checked here, say why.
    UserEntity admin = new UserEntity(settings.adminId());
    admin.setFirstName(settings.adminFirstName());
    admin.setLastName(settings.adminLastName());
    admin.setEmail(settings.adminEmail());
    PasswordPolicy policy = new DefaultPasswordPolicyImpl();
    if (!policy.getRules().stream().allMatch(rule -> rule.execute(password, admin))) {
      return "does not meet Camunda's password policy: it needs a lower-case and an upper-case letter, a digit"
          + " and a special character, and must not contain the administrator's id or name";
    }
    return null;
  }
}
