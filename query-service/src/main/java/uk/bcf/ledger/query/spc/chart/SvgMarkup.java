package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartNumbers.coordinate;

import java.util.Arrays;
import java.util.stream.Stream;

/** Builds SVG markup from elements whose attributes come as name and value pairs; values and text are escaped. */
final class SvgMarkup {

    private final StringBuilder markup = new StringBuilder();

    SvgMarkup open(String element, String... attributes) {
        tag(element, attributes).append(">\n");
        return this;
    }

    SvgMarkup close(String element) {
        markup.append("</").append(element).append(">\n");
        return this;
    }

    SvgMarkup empty(String element, String... attributes) {
        tag(element, attributes).append("/>\n");
        return this;
    }

    /** An element holding only text. */
    SvgMarkup text(String element, String text, String... attributes) {
        tag(element, attributes).append('>').append(XmlText.escape(text));
        return close(element);
    }

    /** A straight line drawn with a stroke. */
    SvgMarkup line(double x1, double y1, double x2, double y2, Stroke stroke) {
        return stroked(
                "line", stroke, "x1", coordinate(x1), "y1", coordinate(y1), "x2", coordinate(x2), "y2", coordinate(y2));
    }

    /** An empty element, such as a line or a polyline, drawn with a stroke and no fill. */
    SvgMarkup stroked(String element, Stroke stroke, String... attributes) {
        return empty(
                element,
                Stream.concat(Arrays.stream(attributes), Arrays.stream(stroke.attributes()))
                        .toArray(String[]::new));
    }

    @Override
    public String toString() {
        return markup.toString();
    }

    private StringBuilder tag(String element, String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "Attributes come in name and value pairs: " + Arrays.toString(attributes));
        }
        markup.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            markup.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(XmlText.escape(attributes[i + 1]))
                    .append('"');
        }
        return markup;
    }
}
