package uk.bcf.ledger.query.performance;

import static uk.bcf.ledger.query.performance.Figures.count;
import static uk.bcf.ledger.query.performance.Figures.events;
import static uk.bcf.ledger.query.performance.Figures.perDay;
import static uk.bcf.ledger.query.performance.Figures.population;
import static uk.bcf.ledger.query.performance.Figures.ratio;

import java.util.List;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Bromley's (E09000006) published 2019-20 figures, from the board report of 21 November 2019. */
public final class BromleyFigures {

    public static final String BOARD = "E09000006";
    public static final FinancialYear YEAR = FinancialYear.of("2019-20");

    public static final List<CurrentFigure> ACTUALS = List.of(
            count("NEL", "2019-04", 2134),
            count("NEL", "2019-05", 2249),
            count("NEL", "2019-06", 2092),
            count("NEL", "2019-07", 2392),
            count("NEL", "2019-08", 2193),
            count("DTOC", "2019-20-Q1", 633),
            events("RES_ADM_65", "2019-20-Q1", 65),
            events("RES_ADM_65", "2019-20-Q2", 125),
            ratio("REABLEMENT_91", "2019-20-Q1", 73, 74));

    public static final List<CurrentFigure> PLANS = List.of(
            count("NEL", "2019-20-Q1", 6589),
            count("NEL", "2019-20-Q2", 6659),
            perDay("DTOC", "2019-20", "12.5"),
            events("RES_ADM_65", "2019-20", 245),
            ratio("REABLEMENT_91", "2019-20", 446, 495));

    public static final PopulationLookup POPULATIONS = population(2019, "65+", 57_626);

    private BromleyFigures() {}
}
