/**
 * A board's plan-versus-actual view of a financial year: for each metric in force for the board (national, and its
 * own local metrics; never another board's), a row per month with an actual,
 * per quarter and for the year, with the plan, the variance and a status. The calculation is plain Java, free of
 * Axon and Spring ({@link uk.bcf.ledger.query.performance.PerformanceCalculator} and the rules it uses); the report,
 * SPC and the pages build on the same view.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/performance/{fy}} →
 * {@link uk.bcf.ledger.query.performance.PerformanceController} →
 * {@link uk.bcf.ledger.query.performance.FetchPerformanceQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.performance.PerformanceQueryHandler} → {@code AsOfResolver} → the performance view
 * cache ({@code BoardReadCache}, keyed by the board's change stamp) → repositories of the projection
 * ({@code BoardRepository}, {@code FigureVersionRepository} for actuals and plans,
 * {@code PopulationVersionRepository}) → {@code PerformanceCalculator}: per metric,
 * {@link uk.bcf.ledger.query.performance.PostedFigureIndex} → {@link uk.bcf.ledger.query.performance.ActualRollup}
 * (months into quarters and the year) and {@link uk.bcf.ledger.query.performance.PlanResolver} (a
 * {@link uk.bcf.ledger.query.performance.PlanRule} per period) →
 * {@link uk.bcf.ledger.query.performance.PerformanceRowFactory} ({@link uk.bcf.ledger.query.performance.UnitValuation},
 * {@link uk.bcf.ledger.query.performance.Variance}, {@link uk.bcf.ledger.query.performance.PerformanceJudgement}) →
 * {@link uk.bcf.ledger.query.performance.PerformanceRow}s → {@link uk.bcf.ledger.query.performance.PerformanceView} →
 * JSON, or {@link uk.bcf.ledger.query.performance.PerformanceCsv}.
 */
package uk.bcf.ledger.query.performance;
