package uk.bcf.ledger.axon;

/**
 * Axon 4.13 reports usage over the network every few seconds unless a JVM system property says otherwise; it is
 * not a Spring property, so each service's {@code main} calls {@link #disableUnlessConfigured()} before Spring
 * starts. An operator who explicitly sets the property keeps their value.
 */
public final class AxonUpdateCheck {

    static final String DISABLED_PROPERTY = "axoniq.update-checker.disabled";
    static final String DISABLED_ENVIRONMENT = "AXONIQ_UPDATE_CHECKER_DISABLED";
    static final String CONSOLE_MESSAGE_PROPERTY = "disable-axoniq-console-message";

    private AxonUpdateCheck() {}

    public static void disableUnlessConfigured() {
        if (System.getProperty(DISABLED_PROPERTY) == null && System.getenv(DISABLED_ENVIRONMENT) == null) {
            System.setProperty(DISABLED_PROPERTY, "true");
        }
        if (System.getProperty(CONSOLE_MESSAGE_PROPERTY) == null) {
            System.setProperty(CONSOLE_MESSAGE_PROPERTY, "true");
        }
    }
}
