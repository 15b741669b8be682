package uk.bcf.ledger.query.spc.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.RESULT;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.TITLE;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.UNIT;
import static uk.bcf.ledger.query.spc.chart.ChartFixture.rendered;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.bcf.ledger.query.spc.SpcResult;

class XmrChartSvgTest {

    @Test
    void isAnAccessibleImageOfTheStatedSize() throws Exception {
        Element svg = rendered(11.0).root();

        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("width")).isEqualTo(String.valueOf(PlotArea.WIDTH));
        assertThat(svg.getAttribute("height")).isEqualTo(String.valueOf(PlotArea.HEIGHT));
    }

    @Test
    void describesTheMeanLimitsAndIconsInWords() throws Exception {
        SvgDocument svg = rendered(11.0);

        assertThat(svg.textOf("title")).isEqualTo(TITLE);
        assertThat(svg.textOf("desc"))
                .contains(
                        "Mean 12 admissions",
                        "upper process limit 18.65 admissions",
                        "lower process limit 5.35 admissions",
                        "trial limits",
                        "special cause — concerning, high",
                        "hit and miss against a target of 11 admissions");
        assertThat(svg.texts()).contains(TITLE, "Special cause — concerning, high", "Hit and miss", "UPL", "LPL");
    }

    @Test
    void escapesTheTextItIsGiven() throws Exception {
        String title = "<script>alert('x')</script> & co";
        String svg = XmrChartSvg.render(RESULT, title, "A&E <attendances>", null);

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "A&amp;E &lt;attendances&gt;");
        assertThat(SvgDocument.parse(svg).textOf("title")).isEqualTo(title);
    }

    @Test
    void marksTrialLimitsInTheLegendOnlyWhenTheyAre() throws Exception {
        SpcResult settled = new SpcResult(
                RESULT.mean(),
                RESULT.upperLimit(),
                RESULT.lowerLimit(),
                false,
                RESULT.variation(),
                RESULT.assurance(),
                RESULT.points());

        assertThat(rendered(null).texts()).anyMatch(text -> text.contains("(trial limits)"));
        assertThat(SvgDocument.parse(XmrChartSvg.render(settled, TITLE, UNIT, null))
                        .texts())
                .noneMatch(text -> text.contains("trial limits"));
    }

    @Test
    void writesNumbersWithADotWhateverTheDefaultLocale() throws Exception {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Element marker = rendered(null).elements("circle", "point").get(0);
            assertThat(marker.getAttribute("cx")).matches("\\d+\\.\\d");
        } finally {
            Locale.setDefault(original);
        }
    }
}
