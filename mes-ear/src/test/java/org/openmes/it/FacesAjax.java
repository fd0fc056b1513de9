package org.openmes.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What PrimeFaces sends when a button of a page's form is pressed by AJAX, for tests that press it without a browser. */
final class FacesAjax {
    /** The view state a page carries (its key to the server-side state). */
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The per-view nonce in a page's Content-Security-Policy, which PrimeFaces posts back as primefaces.nonce. */
    static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    /** The Accept header of PrimeFaces' AJAX requests; Faces answers with a partial response (XML). */
    static final String ACCEPT = "application/xml, text/xml, */*; q=0.01";

    private FacesAjax() {
    }

    /**
     * The fields of pressing {@code button} of form {@code form}, processing {@code execute} and re-rendering
     * {@code render}, with the page's view state and CSP nonce; the caller adds the inputs' values.
     */
    static Map<String, String> press(String form, String button, String execute, String render, String viewState, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        fields.put(form + "_SUBMIT", "1");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        return fields;
    }
}
