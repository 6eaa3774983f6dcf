package cn.secretariat.flow.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.node.*}
 *
 * @param name this node's name in a cluster (e.g. {@code node-a}, from {@code SECRETARIAT_NODE_NAME}): the
 *             host name Camunda writes into its job log and metrics, and the prefix of the job executor's
 *             lock owner, so an operator can tell which node ran or holds a job. Empty: Camunda's own host
 *             name (address and engine name) and a random lock owner.
 */
@ConfigurationProperties("secretariat.node")
public record NodeProperties(@DefaultValue("") String name) {
}
