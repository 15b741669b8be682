package uk.bcf.ledger.query.spc.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.CONCERN_POINT;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.RESULT;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.TITLE;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.UNIT;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.rendered;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.bcf.ledger.query.spc.SpcPoint;
import uk.bcf.ledger.query.spc.SpcResult;
import uk.bcf.ledger.query.spc.SpcSeries;
import uk.bcf.ledger.query.spc.XmrChart;

class XmrChartSvgDrawingTest {

    @Test
    void coloursAConcerningPointOrangeAndCommonCausePointsGrey() throws Exception {
        List<Element> markers = rendered(null).elements("circle", "point");

        assertThat(markers).hasSize(RESULT.points().size());
        assertThat(markers.get(CONCERN_POINT).getAttribute("fill")).isEqualTo(ChartPalette.CONCERN);
        assertThat(markers.subList(0, CONCERN_POINT))
                .allSatisfy(marker -> assertThat(marker.getAttribute("fill")).isEqualTo(ChartPalette.COMMON_CAUSE));
    }

    @Test
    void drawsTheMeanSolidAndTheLimitsDashed() throws Exception {
        SvgDocument svg = rendered(null);

        assertThat(child(svg, "mean", "line").getAttribute("stroke-dasharray")).isEmpty();
        assertThat(List.of(child(svg, "upper-limit", "line"), child(svg, "lower-limit", "line")))
                .allSatisfy(line ->
                        assertThat(line.getAttribute("stroke-dasharray")).isNotBlank());
    }

    @Test
    void drawsTheTargetAsARedDashedLineOnlyWhenThereIsOne() throws Exception {
        Element targetLine = child(rendered(11.0), "target", "line");

        assertThat(targetLine.getAttribute("stroke")).isEqualTo(Stroke.TARGET.colour());
        assertThat(targetLine.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(rendered(null).elements("g", "target")).isEmpty();
    }

    @Test
    void movesApartTheLabelsOfLinesThatLieTogether() throws Exception {
        SvgDocument svg = rendered(RESULT.mean());
        Element meanLabel = child(svg, "mean", "text");
        Element targetLabel = child(svg, "target", "text");

        assertThat(Math.abs(number(meanLabel, "y") - number(targetLabel, "y")))
                .isGreaterThanOrEqualTo(number(meanLabel, "font-size"));
    }

    @Test
    void labelsEveryPeriodUpTo24PointsAndEveryThirdBeyond() throws Exception {
        List<SpcPoint> twentyFour = SpcSeries.alternating(ChartAxes.LABEL_ALL_UP_TO, 1, 2);
        List<SpcPoint> thirty = SpcSeries.alternating(30, 1, 2);
        List<String> everyThird = IntStream.iterate(0, i -> i < thirty.size(), i -> i + ChartAxes.LABEL_EVERY_NTH)
                .mapToObj(i -> thirty.get(i).period())
                .toList();

        assertThat(periodLabels(twentyFour))
                .containsExactlyElementsOf(
                        twentyFour.stream().map(SpcPoint::period).toList());
        assertThat(periodLabels(thirty)).containsExactlyElementsOf(everyThird);
    }

    @Test
    void writesFiveValueTicks() throws Exception {
        assertThat(rendered(null).elements("text", "tick")).hasSize(NiceScale.TICKS);
    }

    /** The first element of a name within the group of a reference line. */
    private static Element child(SvgDocument svg, String group, String element) {
        return (Element)
                svg.elements("g", group).get(0).getElementsByTagName(element).item(0);
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static List<String> periodLabels(List<SpcPoint> points) throws Exception {
        SpcResult result = XmrChart.analyse(points, null, null);
        return SvgDocument.parse(XmrChartSvg.render(result, TITLE, UNIT, null)).elements("text", "period").stream()
                .map(Element::getTextContent)
                .toList();
    }
}
