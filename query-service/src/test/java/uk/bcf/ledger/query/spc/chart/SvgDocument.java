package uk.bcf.ledger.query.spc.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG parsed with the JDK's XML parser, which fails on anything that is not well-formed XML. */
final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgDocument(
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The elements of a name, in document order. */
    List<Element> elements(String name) {
        NodeList nodes = document.getElementsByTagName(name);
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }

    /** The elements of a name with the given class, in document order. */
    List<Element> elements(String name, String cssClass) {
        return elements(name).stream()
                .filter(element -> element.getAttribute("class").equals(cssClass))
                .toList();
    }

    /** The text content of every text element. */
    List<String> texts() {
        return elements("text").stream().map(Element::getTextContent).toList();
    }

    /** The text of the first element of a name. */
    String textOf(String name) {
        return elements(name).get(0).getTextContent();
    }
}
