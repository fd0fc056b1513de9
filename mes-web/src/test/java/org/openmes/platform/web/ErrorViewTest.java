package org.openmes.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorViewTest {

    @Test
    void reloadLeadsBackToTheExpiredPageOfThisApplication() {
        assertEquals("https://mes.example:9443/plant.xhtml?node=3",
                ErrorView.reloadUrl("https://mes.example:9443/plant.xhtml?node=3", "https", "mes.example", 9443, ""));
        assertEquals("http://mes.example/plant.xhtml",
                ErrorView.reloadUrl("http://mes.example/plant.xhtml", "http", "mes.example", 80, ""));
        assertEquals("http://mes.example/mes/plant.xhtml",
                ErrorView.reloadUrl("http://mes.example/mes/plant.xhtml", "http", "mes.example", 80, "/mes"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example:9443/plant.xhtml", "http://mes.example:9443/plant.xhtml",
            "https://mes.example:8443/plant.xhtml", "https://mes.example:9443", "/plant.xhtml", "not a url at all"})
    void anyOtherRefererLeadsHome(String referer) {
        assertEquals("/", ErrorView.reloadUrl(referer, "https", "mes.example", 9443, ""));
    }
}
