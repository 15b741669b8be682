package uk.bcf.ledger.query.spc.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapesMarkupAndAmpersands() {
        assertThat(XmlText.escape("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;y&quot;");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String ordinary = "Special cause — concerning, high £5";

        assertThat(XmlText.escape(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void replacesCharactersXmlCannotHold() {
        assertThat(XmlText.escape("a\u0000b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
    }
}
