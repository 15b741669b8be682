/**
 * The metric catalogue as ledger data: each metric is a {@link uk.bcf.ledger.command.catalogue.Metric} aggregate
 * whose events (defined, amended, retired, each with who, when and why) are the definitions both services use.
 * The shipped {@code metric-catalogue.json} is only the seed {@code MetricSeeder} loads on first start.
 *
 * <p>Pipeline of a change, in order:
 * <ol>
 *   <li>{@code POST /api/metrics}, {@code PUT /api/metrics/{code}} or {@code DELETE /api/metrics/{code}}
 *       ({@code ADMIN}) → {@code MetricDefinitionController} ({@code MetricDefinitionRequest}: the fields of a seed
 *       entry and a reason) → {@code MetricAdministration}, which in one transaction checks the code against
 *       {@code MetricDirectory}, sends {@code DefineMetricCommand}, {@code AmendMetricCommand} or
 *       {@code RetireMetricCommand} with {@link uk.bcf.ledger.command.http.CommandSender}, and records
 *       {@code METRIC_DEFINITION_CHANGED} in the access audit;</li>
 *   <li>the command interceptors ({@code CommandAccess}: administrators only, in their own name) →
 *       {@code Metric} → {@code MetricCataloguePolicy} and the shared {@code MetricDefinitionPolicy} (what a valid
 *       definition is; refusals name the field) → {@code MetricDefinedEvent}, {@code MetricAmendedEvent} or
 *       {@code MetricRetiredEvent} → event store;</li>
 *   <li>in the same unit of work, the subscribing processing group {@code metric-directory}:
 *       {@code MetricDirectoryUpdater} → {@code MetricDirectory} ({@code command_side.metric_definition}), and this
 *       instance's {@code StoredMetricDefinitions} forgets what it read;</li>
 *   <li>every later command asks the {@code MetricCatalogue} bean, whose source is {@code StoredMetricDefinitions}:
 *       the seed overlaid by the directory, read again when the directory's change stamp (the sum of its versions,
 *       asked once per transaction) differs from the one read, so a change through any instance is used by the next
 *       command on every instance.</li>
 * </ol>
 */
package uk.bcf.ledger.command.catalogue;
