package org.openmes.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The server configuration keeps a browser's sign-on in the authentication cache as long as its LTPA token lives: the
 * OpenID client's token holds only a key into that cache, so an entry dropped earlier (Liberty's default: after 600 s
 * without a request) made an idle page's sign-on fail long before the cookie expired (docs/security.md "Sign-on
 * lifetime"). A test server cannot wait for that, so the configuration itself is checked.
 */
class SignOnLifetimeTest {
    private static final Path SERVER_XML = Path.of("src/main/liberty/config/server.xml");

    @Test
    void theAuthenticationCacheKeepsASignOnAsLongAsItsCookieLives() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document server = factory.newDocumentBuilder().parse(SERVER_XML.toFile());

        String expiration = only(server, "ltpa").getAttribute("expiration");
        assertEquals("${mes.sign-on.lifetime}", expiration, "the LTPA token's lifetime is the configurable one");
        assertEquals(expiration, only(server, "authCache").getAttribute("timeout"),
                "the cache keeps the subject as long as the LTPA token that points at it lives");
    }

    private static Element only(Document server, String element) {
        assertEquals(1, server.getElementsByTagName(element).getLength(), "one <" + element + "> in server.xml");
        return (Element) server.getElementsByTagName(element).item(0);
    }
}
