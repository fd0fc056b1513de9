package org.openmes.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A record's version as a strong entity tag ({@code "3"}), and back from an {@code If-Match} header. */
public final class ETags {
    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d+)\"");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version in {@code If-Match}; a malformed header is refused as a malformed request. */
    public static long versionOf(String ifMatch) {
        Matcher m = STRONG_ETAG.matcher(ifMatch.trim());
        if (!m.matches()) {
            throw new MalformedRequestException(HttpHeaders.IF_MATCH,
                    "If-Match must be one entity tag as sent in ETag, such as \"3\"");
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(HttpHeaders.IF_MATCH, "If-Match holds no valid version", e);
        }
    }

    /**
     * The version a change applies to: from {@code If-Match} (wins), else from the {@code version} query parameter;
     * null when neither was sent, which the service refuses (400 naming {@code version}).
     */
    public static Long version(String ifMatch, String version) {
        return ifMatch != null ? Long.valueOf(versionOf(ifMatch)) : RequestParams.parseLong("version", version);
    }
}
