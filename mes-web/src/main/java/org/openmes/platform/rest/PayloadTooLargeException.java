package org.openmes.platform.rest;

import java.io.IOException;

/**
 * The request body is larger than {@code mes.api.max-payload-bytes}. An IOException because the limit is
 * also enforced inside the entity stream, where only IOExceptions fit; the message reader wraps it, so the
 * problem mapper looks for it anywhere in the cause chain.
 */
public class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
