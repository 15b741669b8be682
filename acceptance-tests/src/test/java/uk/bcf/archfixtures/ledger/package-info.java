/**
 * Classes that break the rules across modules on purpose, and a few that keep them:
 * {@code uk.bcf.ledger.acceptance.ArchitectureViolationsTest} shows each rule of its {@code ArchitectureTest} failing
 * on them. Their packages mirror the modules' from {@code ledger} on, where the rules match.
 */
package uk.bcf.archfixtures.ledger;
