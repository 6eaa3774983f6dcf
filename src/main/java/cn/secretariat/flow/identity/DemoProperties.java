package cn.secretariat.flow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.demo.*}: the demo staff of the embedded default.
 *
 * @param enabled  create the demo staff on start (embedded default only; never in production)
 * @param password the password every demo user gets when it is first created
 */
@ConfigurationProperties("secretariat.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, String password) {
}
