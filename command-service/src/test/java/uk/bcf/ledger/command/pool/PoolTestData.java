package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeStatus;

/** Shared set-up for the Pool aggregate tests: a board, its 2021-22 and 2019-20 pools, a fixed clock. */
final class PoolTestData {

    static final String BOARD = "E09000006";
    static final String ANALYST = "analyst@bromley.gov.uk";
    static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    static final FinancialYear Y2021 = FinancialYear.of("2021-22");
    static final FinancialYear Y2019 = FinancialYear.of("2019-20");
    static final String POOL_2021 = "E09000006/pool/2021-22";

    private PoolTestData() {}

    static FixtureConfiguration<Pool> poolFixture() {
        FixtureConfiguration<Pool> fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(
                new PoolContext(PoolConfiguration.standardCatalogue(), Clock.fixed(NOW, ZoneOffset.UTC)));
        return fixture;
    }

    static Provenance recorded() {
        return new Provenance(ANALYST, NOW, null, null);
    }

    static Provenance changed(String reason) {
        return new Provenance(ANALYST, NOW, null, reason);
    }

    static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    /** A 2021-22 template line as the HTTP contract's example has it. */
    static SchemeLine navigationLine() {
        return new SchemeLine(
                "6",
                "Care navigation",
                "Navigators for frail elderly people",
                "Integrated Care Planning and Navigation",
                "Care navigation and planning",
                null,
                "Community Health",
                Commissioner.NHS,
                null,
                null,
                "NHS Community Provider",
                FundingSource.NHS_MINIMUM,
                pounds("5187694"),
                null,
                AmountUnit.POUNDS,
                SchemeStatus.EXISTING);
    }

    /** A 2019-20 budget line as Bromley's report prints it: commissioner, name, this year's and next year's budget. */
    static SchemeLine budgetLine(Commissioner commissioner, String name, String thisYear, String nextYear) {
        return new SchemeLine(
                null,
                name,
                null,
                null,
                null,
                null,
                null,
                commissioner,
                null,
                null,
                null,
                null,
                pounds(thisYear),
                pounds(nextYear),
                AmountUnit.THOUSANDS,
                null);
    }

    static SchemeLine with(SchemeLine line, String type, String subType, String areaOfSpend) {
        return new SchemeLine(
                line.schemeId(),
                line.name(),
                line.description(),
                type,
                subType,
                line.otherDescription(),
                areaOfSpend,
                line.commissioner(),
                line.nhsPercent(),
                line.laPercent(),
                line.provider(),
                line.source(),
                line.amount(),
                line.nextYearAmount(),
                line.unit(),
                line.status());
    }

    static SchemeLine joint(SchemeLine line, String nhsPercent, String laPercent) {
        return new SchemeLine(
                line.schemeId(),
                line.name(),
                line.description(),
                line.type(),
                line.subType(),
                line.otherDescription(),
                line.areaOfSpend(),
                Commissioner.JOINT,
                nhsPercent == null ? null : new BigDecimal(nhsPercent),
                laPercent == null ? null : new BigDecimal(laPercent),
                line.provider(),
                line.source(),
                line.amount(),
                line.nextYearAmount(),
                line.unit(),
                line.status());
    }
}
