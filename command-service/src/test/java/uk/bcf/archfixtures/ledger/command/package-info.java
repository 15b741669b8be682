/**
 * Classes that break the command service's architecture rules on purpose, and a few that keep them:
 * {@code uk.bcf.ledger.command.ArchitectureViolationsTest} shows each rule of {@code ArchitectureTest} failing on
 * them. Their packages mirror the service's from {@code ledger} on, where the rules match; they sit outside
 * {@code uk.bcf.ledger.command} so that neither the service's component scan nor its architecture test sees them.
 */
package uk.bcf.archfixtures.ledger.command;
