package org.locallimits.changelog;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Validates an Atom document: against {@code src/test/resources/xml/atom.xsd} (structure and datatypes, see its
 * header for where it comes from), then against the cardinality and co-occurrence rules of RFC 4287 that XML
 * Schema cannot express. Returns every violation found, empty when the feed is valid.
 */
final class AtomRules {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomRules() {
    }

    static List<String> violations(byte[] xml) throws Exception {
        List<String> out = new ArrayList<>();
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = sf.newSchema(AtomRules.class.getResource("/xml/atom.xsd"));
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException e) {
            out.add("schema: " + e.getMessage());
            return out;
        }
        Document doc = parse(xml);
        Element feed = doc.getDocumentElement();
        if (!ATOM.equals(feed.getNamespaceURI()) || !feed.getLocalName().equals("feed")) {
            out.add("the root is not atom:feed");
            return out;
        }
        // RFC 4287 4.1.1
        exactlyOne(feed, "feed", out, "id", "title", "updated");
        atMostOne(feed, "feed", out, "generator", "icon", "logo", "rights", "subtitle");
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        if (!feedAuthor && entries.stream().anyMatch(e -> children(e, "author").isEmpty())) {
            out.add("feed: no atom:author, and not every entry has one (4.1.1)");
        }
        alternates(feed, "feed", out);
        if (children(feed, "link").stream().noneMatch(l -> l.getAttribute("rel").equals("self"))) {
            out.add("feed: no link rel=\"self\" (4.2.7.2: SHOULD)");
        }
        common(feed, "feed", out);
        Set<String> ids = new HashSet<>();
        for (Element e : entries) {
            String where = "entry " + text(e, "id");
            // RFC 4287 4.1.2
            exactlyOne(e, where, out, "id", "title", "updated");
            atMostOne(e, where, out, "content", "published", "rights", "source", "summary");
            if (children(e, "content").isEmpty() && children(e, "link").stream()
                    .noneMatch(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"))) {
                out.add(where + ": neither atom:content nor a link rel=\"alternate\" (4.1.2)");
            }
            alternates(e, where, out);
            common(e, where, out);
            if (!ids.add(text(e, "id"))) out.add(where + ": the id is not unique in the feed (4.2.6)");
        }
        return out;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Rules for both feed and entry: absolute ids (4.2.6), names of people (3.2.1), text constructs (3.1.1). */
    private static void common(Element parent, String where, List<String> out) {
        for (Element id : children(parent, "id")) {
            try {
                if (!new URI(id.getTextContent().strip()).isAbsolute()) out.add(where + ": the id is not absolute");
            } catch (java.net.URISyntaxException ex) {
                out.add(where + ": the id is not an IRI: " + ex.getMessage());
            }
        }
        for (String person : List.of("author", "contributor")) {
            for (Element p : children(parent, person)) exactlyOne(p, where + " " + person, out, "name");
        }
        for (String construct : List.of("title", "subtitle", "summary", "rights")) {
            for (Element t : children(parent, construct)) {
                String type = t.getAttribute("type");
                boolean hasElements = false;
                for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
                    hasElements |= n.getNodeType() == Node.ELEMENT_NODE;
                }
                if (!type.equals("xhtml") && hasElements) {
                    out.add(where + ": " + construct + " of type text or html has child elements (3.1.1)");
                }
            }
        }
        for (Element l : children(parent, "link")) {
            try {
                new URI(l.getAttribute("href"));
            } catch (java.net.URISyntaxException ex) {
                out.add(where + ": link href is not an IRI: " + l.getAttribute("href"));
            }
        }
    }

    /** At most one alternate link per type and hreflang (4.1.1, 4.1.2). */
    private static void alternates(Element parent, String where, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (Element l : children(parent, "link")) {
            String rel = l.getAttribute("rel");
            if ((rel.isEmpty() || rel.equals("alternate"))
                    && !seen.add(l.getAttribute("type") + "|" + l.getAttribute("hreflang"))) {
                out.add(where + ": more than one alternate link with the same type and hreflang");
            }
        }
    }

    private static void exactlyOne(Element parent, String where, List<String> out, String... names) {
        for (String n : names) {
            int c = children(parent, n).size();
            if (c != 1) out.add(where + ": " + c + " atom:" + n + " elements, must be exactly one");
        }
    }

    private static void atMostOne(Element parent, String where, List<String> out, String... names) {
        for (String n : names) {
            int c = children(parent, n).size();
            if (c > 1) out.add(where + ": " + c + " atom:" + n + " elements, may be at most one");
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent();
    }
}
