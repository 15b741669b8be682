package uk.bcf.ledger.axon;

import java.lang.management.ManagementFactory;

/**
 * This instance as the token store knows it: the owner it claims segments under. {@code bcf.axon.node-id} names it;
 * unset, it is Axon's default, the process id and host name, which differ between instances on separate hosts or
 * containers but not between two contexts in one JVM.
 *
 * @param id the owner written in the token store
 */
public record ProcessingNode(String id) {

    static ProcessingNode of(AxonPostgresProperties properties) {
        return new ProcessingNode(
                properties.nodeId().isBlank()
                        ? ManagementFactory.getRuntimeMXBean().getName()
                        : properties.nodeId());
    }
}
