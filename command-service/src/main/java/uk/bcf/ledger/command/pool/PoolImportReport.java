package uk.bcf.ledger.command.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.command.imports.ImportStatus;

/**
 * What a pool import answers: whether it was a dry run and was stored, how many rows came to each status, every
 * row's outcome, and the position of the last event stored (to read with {@code awaitPosition}); null when nothing
 * was stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PoolImportReport(
        String board,
        String financialYear,
        boolean dryRun,
        boolean stored,
        Map<String, Integer> totals,
        List<PoolImportOutcome> rows,
        Long position) {

    static Map<String, Integer> totals(List<PoolImportOutcome> rows) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("rows", rows.size());
        for (ImportStatus status : ImportStatus.values()) {
            totals.put(status.code(), (int)
                    rows.stream().filter(row -> row.status() == status).count());
        }
        return totals;
    }

    /** The report as the members of a 422 problem. */
    Map<String, Object> asProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("totals", totals);
        properties.put("rows", rows);
        return properties;
    }
}
