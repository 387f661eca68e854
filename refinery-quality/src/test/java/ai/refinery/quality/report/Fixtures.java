package ai.refinery.quality.report;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Fixture run directories from test resources, and the page parsed as XML. */
final class Fixtures {
    private Fixtures() {}

    /** Copies {@code /report/<name>/} into {@code dir} and returns the copy, a {@code _refinery/} directory. */
    static Path copy(String name, Path dir) throws IOException {
        URL url = Fixtures.class.getResource("/report/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        Path src;
        try {
            src = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path target = dir.resolve(name).resolve("_refinery");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }

    /** Parses the page with the JDK's XML parser: fails unless it is well-formed. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(html)));
    }

    /** Elements by local name, in document order. */
    static List<Element> all(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    static Element byId(Document doc, String id) {
        for (Element e : all(doc, "*")) if (id.equals(e.getAttribute("id"))) return e;
        return null;
    }

    /** Elements by local name below {@code root}. */
    static List<Element> all(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }
}
