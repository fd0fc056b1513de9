package org.openmes.security.web;

/**
 * Where a plain-HTTP request goes when {@code mes.https.redirect} is on: pages, resources and static files move to
 * the same URL over HTTPS. The API is left alone: API clients do not reliably follow redirects of a POST or PUT,
 * and a token already sent over plain HTTP is not protected by redirecting the request it travelled in. The health
 * endpoints are served by Liberty outside this web module, so probes over HTTP keep working.
 */
final class HttpsRedirect {
    private static final int DEFAULT_HTTPS_PORT = 443;

    private HttpsRedirect() {
    }

    /** @param path the request path inside the application, starting with {@code /} */
    static boolean applies(boolean enabled, boolean https, String path) {
        return enabled && !https && !(path.equals("/api") || path.startsWith("/api/"));
    }

    /** 301 for reads; 308 for everything else, so the method and body are not turned into a GET on the way. */
    static int status(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? 301 : 308;
    }

    /**
     * @param host       the host the client asked for, as in its {@code Host} header
     * @param requestUri the path as sent, without the query
     * @param query      the query string as sent, or null
     */
    static String location(String host, int httpsPort, String requestUri, String query) {
        StringBuilder location = new StringBuilder("https://");
        location.append(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
        if (httpsPort != DEFAULT_HTTPS_PORT) {
            location.append(':').append(httpsPort);
        }
        location.append(requestUri);
        if (query != null) {
            location.append('?').append(query);
        }
        return location.toString();
    }
}
