package org.openmes.platform.rest;

/**
 * The kinds of problem the API answers with. The slug is part of the public contract (clients switch on
 * {@code type}), so renaming one is a breaking change.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "Validation failed"),
    INVALID_INPUT("invalid-input", 400, "Invalid input"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    /** 400 rather than 413 by decision of the API issue: clients handle it like any other refused input. */
    PAYLOAD_TOO_LARGE("payload-too-large", 400, "Payload too large"),
    NOT_AUTHENTICATED("not-authenticated", 401, "Not authenticated"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    STALE_VERSION("stale-version", 409, "Stale version"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INTERNAL_ERROR("internal-error", 500, "Internal error");

    private static final String URN_PREFIX = "urn:openmes:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
