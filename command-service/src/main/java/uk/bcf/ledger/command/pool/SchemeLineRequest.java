package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeStatus;

/** The body of a scheme line write, with the national template's fields; a correction adds a reason. */
record SchemeLineRequest(
        String schemeId,
        String name,
        String description,
        String type,
        String subType,
        String otherDescription,
        String areaOfSpend,
        String commissioner,
        BigDecimal nhsPercent,
        BigDecimal laPercent,
        String provider,
        String source,
        BigDecimal amount,
        BigDecimal nextYearAmount,
        String unit,
        String status,
        String reason) {

    SchemeLine line() {
        return new SchemeLine(
                schemeId,
                name,
                description,
                type,
                subType,
                otherDescription,
                areaOfSpend,
                PoolRequests.named("commissioner", commissioner, Commissioner.class),
                nhsPercent,
                laPercent,
                provider,
                PoolRequests.named("source", source, FundingSource.class),
                amount,
                nextYearAmount,
                PoolRequests.unit(unit),
                PoolRequests.named("status", status, SchemeStatus.class));
    }
}
