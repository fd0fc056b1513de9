package org.openmes.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpsRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/plant.xhtml", "/index.xhtml", "/jakarta.faces.resource/core.js.xhtml", "/no-such-page",
            "/apiary.xhtml"})
    void pagesAndResourcesOverPlainHttpAreRedirectedWhenSwitchedOn(String path) {
        assertTrue(HttpsRedirect.applies(true, false, path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/plant/tree", "/api/batch/jobs/plant-census/executions"})
    void theApiIsNeverRedirected(String path) {
        assertFalse(HttpsRedirect.applies(true, false, path));
    }

    @Test
    void nothingIsRedirectedWhenSwitchedOffOrAlreadyOnHttps() {
        assertFalse(HttpsRedirect.applies(false, false, "/plant.xhtml"));
        assertFalse(HttpsRedirect.applies(true, true, "/plant.xhtml"));
    }

    @Test
    void readsMovePermanentlyAndWritesKeepTheirMethod() {
        assertEquals(301, HttpsRedirect.status("GET"));
        assertEquals(301, HttpsRedirect.status("HEAD"));
        assertEquals(308, HttpsRedirect.status("POST"));
        assertEquals(308, HttpsRedirect.status("PUT"));
    }

    @Test
    void theLocationKeepsHostPathAndQueryOnTheHttpsPort() {
        assertEquals("https://mes.plant.example:9443/plant.xhtml?node=12&x=%20y",
                HttpsRedirect.location("mes.plant.example", 9443, "/plant.xhtml", "node=12&x=%20y"));
        assertEquals("https://mes.plant.example:9443/", HttpsRedirect.location("mes.plant.example", 9443, "/", null));
    }

    @Test
    void theDefaultHttpsPortIsLeftOutAndIpv6HostsAreBracketed() {
        assertEquals("https://mes.plant.example/plant.xhtml", HttpsRedirect.location("mes.plant.example", 443, "/plant.xhtml", null));
        assertEquals("https://[::1]:9443/", HttpsRedirect.location("::1", 9443, "/", null));
        assertEquals("https://[::1]:9443/", HttpsRedirect.location("[::1]", 9443, "/", null));
    }
}
