package org.openmes.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * No page has two components with one client id. The Faces runtime only finds out while saving the view, after the
 * page was sent: the page looks fine and every postback then fails with "view could not be restored". A form with
 * {@code prependId="false"} puts its children's ids next to the template's (the layout's {@code growl}, …), which is
 * how five pages once broke. Ids are counted per naming container as the component tree builds them: the template
 * outside its inserts plus the page's definitions.
 */
class PageComponentIdsTest {
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String HTML = "jakarta.faces.html";
    private static final String FACELETS = "jakarta.faces.facelets";
    private static final String PRIMEFACES = "primefaces";
    /** PrimeFaces components that are naming containers (their children's ids are prefixed with theirs). */
    private static final Set<String> PRIMEFACES_CONTAINERS = Set.of("dataTable", "dataList", "dataGrid", "dataView", "treeTable",
            "tree", "tabView", "accordionPanel", "carousel", "dataScroller", "repeat");

    @Test
    void noPageHasTwoComponentsWithOneClientId() throws Exception {
        Map<String, List<String>> duplicates = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml") && !file.startsWith(WEBAPP.resolve("WEB-INF"))
                    && !file.startsWith(WEBAPP.resolve("resources"))).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the pages were found: " + pages);
        for (Path page : pages) {
            Map<String, Integer> ids = new HashMap<>();
            Element root = parse(page).getDocumentElement();
            String template = root.getAttribute("template");
            if (!template.isEmpty()) {
                collect(parse(WEBAPP.resolve(template.substring(1))).getDocumentElement(), "", ids, false);
                collect(root, "", ids, true);
            } else {
                collect(root, "", ids, false);
            }
            List<String> twice = ids.entrySet().stream().filter(id -> id.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
            if (!twice.isEmpty()) {
                duplicates.put(WEBAPP.relativize(page).toString(), twice);
            }
        }
        assertEquals(Map.of(), duplicates, "client ids used twice on a page");
    }

    /**
     * Counts the client ids under {@code node}; inside a template client only what {@code ui:define} gives counts, and
     * inside a template what {@code ui:insert} would be replaced by does not.
     */
    private static void collect(Element element, String prefix, Map<String, Integer> ids, boolean onlyDefinitions) {
        boolean facelets = FACELETS.equals(element.getNamespaceURI());
        if (facelets && "insert".equals(element.getLocalName())) {
            return;
        }
        boolean counted = !onlyDefinitions;
        String childPrefix = prefix;
        if (counted && isComponent(element) && !element.getAttribute("id").isEmpty() && !element.getAttribute("id").contains("#{")) {
            String clientId = prefix + element.getAttribute("id");
            ids.merge(clientId, 1, Integer::sum);
            if (isNamingContainer(element)) {
                childPrefix = clientId + ":";
            }
        } else if (counted && isNamingContainer(element)) {
            childPrefix = prefix + "generated" + ids.size() + ":";
        }
        boolean childrenOnlyDefinitions = onlyDefinitions && !(facelets && "define".equals(element.getLocalName()));
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, childPrefix, ids, childrenOnlyDefinitions);
            }
        }
    }

    private static boolean isComponent(Element element) {
        String namespace = element.getNamespaceURI();
        return HTML.equals(namespace) || PRIMEFACES.equals(namespace) || (namespace != null && namespace.startsWith("jakarta.faces.composite/"));
    }

    private static boolean isNamingContainer(Element element) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (HTML.equals(namespace)) {
            return ("form".equals(name) && !"false".equals(element.getAttribute("prependId"))) || "dataTable".equals(name);
        }
        if (FACELETS.equals(namespace)) {
            return "repeat".equals(name);
        }
        return (PRIMEFACES.equals(namespace) && PRIMEFACES_CONTAINERS.contains(name))
                || (namespace != null && namespace.startsWith("jakarta.faces.composite/"));
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
