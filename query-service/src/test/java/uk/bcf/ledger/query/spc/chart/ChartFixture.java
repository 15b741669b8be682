package uk.bcf.ledger.query.spc.chart;

import java.util.List;
import uk.bcf.ledger.query.spc.Assurance;
import uk.bcf.ledger.query.spc.SpcPointResult;
import uk.bcf.ledger.query.spc.SpcResult;
import uk.bcf.ledger.query.spc.SpcRule;
import uk.bcf.ledger.query.spc.SpecialCause;
import uk.bcf.ledger.query.spc.Variation;

/** A small analysed chart to render: two common-cause points, then a concerning one above the upper limit. */
final class ChartFixture {

    static final String TITLE = "Non-elective admissions";
    static final String UNIT = "admissions";
    static final int CONCERN_POINT = 2;

    static final SpcResult RESULT = new SpcResult(
            12,
            18.65,
            5.35,
            true,
            Variation.CONCERN_HIGH,
            Assurance.HIT_AND_MISS,
            List.of(
                    new SpcPointResult("2019-04", 10, null, null),
                    new SpcPointResult("2019-05", 11, null, null),
                    new SpcPointResult("2019-06", 20, SpecialCause.CONCERN, SpcRule.OUTSIDE_LIMITS)));

    private ChartFixture() {}

    /** The fixture rendered and parsed. */
    static SvgDocument rendered(Double target) throws Exception {
        return SvgDocument.parse(XmrChartSvg.render(RESULT, TITLE, UNIT, target));
    }
}
