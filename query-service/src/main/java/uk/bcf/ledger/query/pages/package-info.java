/**
 * The web pages other than the report (Thymeleaf templates {@code index} and {@code performance}, GOV.UK Design
 * System, no JavaScript needed): the start page with the boards a caller may see, and a board's performance view
 * of a year as known now or at a moment, saying which, with a link to the view as presented at each sign-off.
 *
 * <p>Start page, in order: HTTP GET {@code /} → {@link uk.bcf.ledger.query.pages.IndexPageController} →
 * {@link uk.bcf.ledger.query.pages.FetchBoardIndexQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.pages.BoardIndexQueryHandler} → {@code BoardRepository}, {@code VisibleBoards},
 * {@code FigureVersionRepository.yearsOf} → {@link uk.bcf.ledger.query.pages.BoardIndexView} → {@code index.html}.
 *
 * <p>Performance page, in order: HTTP GET {@code /boards/{code}/performance/{fy}} →
 * {@link uk.bcf.ledger.query.pages.PerformancePageController} →
 * {@link uk.bcf.ledger.query.pages.FetchPerformancePageQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.pages.PerformancePageQueryHandler} → {@code AsOfResolver}, the performance view
 * ({@code FetchPerformanceQuery}, see the performance package), {@code SignOffRepository} →
 * {@link uk.bcf.ledger.query.pages.PerformancePageView} → {@link uk.bcf.ledger.query.pages.MomentCaption} →
 * {@code performance.html}.
 */
package uk.bcf.ledger.query.pages;
