package cn.secretariat.flow.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.escalation.*}
 *
 * @param supervisorGroup the group made a candidate of every overdue task (督办)
 * @param priorityRaise   how much an overdue task's priority rises (Camunda priorities run 0–100 here)
 */
@ConfigurationProperties("secretariat.escalation")
public record EscalationProperties(
    @DefaultValue("supervisors") String supervisorGroup,
    @DefaultValue("30") int priorityRaise) {
}
