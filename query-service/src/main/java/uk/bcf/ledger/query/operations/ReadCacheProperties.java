package uk.bcf.ledger.query.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the read caches may hold: performance views by their rows, board reports by their characters.
 *
 * @param viewRows    the rows of every kept performance view together ({@code bcf.read-cache.view-rows})
 * @param reportChars the characters of every kept board report together ({@code bcf.read-cache.report-chars})
 */
@ConfigurationProperties("bcf.read-cache")
public record ReadCacheProperties(long viewRows, long reportChars) {}
