package org.openmes.orders.rest;

import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/** The version a change of an order resource applies to; other parameters are {@link RequestParams}'. */
final class OrderParams {
    private OrderParams() {
    }

    /**
     * The version a change applies to: from If-Match, else from the {@code version} query parameter or body field;
     * null when none was sent, which the service refuses after it checked the caller's permission.
     */
    static Long version(String ifMatch, String version) {
        return ifMatch != null ? Long.valueOf(ETags.versionOf(ifMatch)) : RequestParams.parseLong("version", version);
    }
}
