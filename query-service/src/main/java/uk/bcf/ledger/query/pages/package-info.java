/**
 * The pages that read (Thymeleaf templates on the GOV.UK Design System from its WebJar, no JavaScript needed): the
 * layout every page shares ({@code layout.html}: skip link, who is signed in ({@link
 * uk.bcf.ledger.query.pages.SignedInUser}), sign-out, navigation), the board picker, a board's year overview with
 * each metric's status by quarter, a figure's history as a timeline, the quarterly report with its moment picker,
 * restatements since a sign-off, the access audit trail; and the HTML error pages browsers get instead of
 * problem+json ({@link uk.bcf.ledger.query.pages.PageErrorResolver} for a controller's refusal or failure, {@link
 * uk.bcf.ledger.query.pages.ErrorPageController} at {@code /error} in place of the Whitelabel page). Numbers, periods
 * and moments are written by {@link uk.bcf.ledger.query.pages.PageFormat} (19,746; Q2 2019-20; April 2019).
 *
 * <p>Start page, in order: HTTP GET {@code /} → {@link uk.bcf.ledger.query.pages.IndexPageController} →
 * {@link uk.bcf.ledger.query.pages.FetchBoardIndexQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.pages.BoardIndexQueryHandler} → {@code BoardRepository}, {@code VisibleBoards},
 * {@code FigureVersionRepository.yearsOf}, {@code AccessPolicy} (which boards the caller may open and write) →
 * {@link uk.bcf.ledger.query.pages.BoardIndexView} → {@code index.html}.
 *
 * <p>Performance page, in order: HTTP GET {@code /boards/{code}/performance/{fy}} →
 * {@link uk.bcf.ledger.query.pages.PerformancePageController} →
 * {@link uk.bcf.ledger.query.pages.FetchPerformancePageQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.pages.PerformancePageQueryHandler} → {@code AsOfResolver}, the performance view
 * ({@code FetchPerformanceQuery}, see the performance package), {@code SignOffRepository} →
 * {@link uk.bcf.ledger.query.pages.PerformancePageView} → {@link uk.bcf.ledger.query.pages.MomentCaption} →
 * {@code performance.html}.
 *
 * <p>The other reading pages follow the same line with the feature's own query: a figure's history
 * ({@code FetchFigureHistoryQuery} → {@code history.html}), the report ({@code FetchQuarterlyReportQuery} and
 * {@code FetchSignOffsQuery} → {@code report-page.html}; the moment picker's choice read by {@code ReportMoment}), restatements ({@code FetchRestatementsQuery} →
 * {@code restatements.html}); the audit trail page reads {@code AccessAudit} of {@code service-security}.
 *
 * <p>A failed page request, in order: the exception → {@code PageErrorResolver} (page requests only; API calls go on
 * to {@code ProblemExceptionHandler}) → {@link uk.bcf.ledger.query.pages.ErrorPage} (heading, reason, field, the
 * page to go back to) → {@code error.html}; a refusal of the security rules is forwarded to {@code /error} by the
 * access package's {@code PageAccessDeniedHandler}.
 */
package uk.bcf.ledger.query.pages;
