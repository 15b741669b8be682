/**
 * Classes that break the query service's architecture rules on purpose, one or two per rule, and a few that keep
 * them: {@code uk.bcf.ledger.query.ArchitectureViolationsTest} shows each rule of {@code ArchitectureTest} failing on
 * them. Their packages mirror the service's from {@code ledger} on, where the rules match; they sit outside
 * {@code uk.bcf.ledger.query} so that neither the service's component scan nor its architecture test sees them.
 */
package uk.bcf.archfixtures.ledger.query;
