package org.openmes.signature.model;

import org.openmes.common.InvalidInputException;

/** A record of any context, as the audit trail names it: its root entity type ({@code PlantNode}) and its id. */
public record RecordReference(String type, String id) {
    public static final int MAX_TYPE_LENGTH = 60;
    public static final int MAX_ID_LENGTH = 60;

    public RecordReference {
        if (type == null || type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new InvalidInputException("recordType", "A record type of 1 to " + MAX_TYPE_LENGTH + " characters is required");
        }
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("recordId", "A record id of 1 to " + MAX_ID_LENGTH + " characters is required");
        }
    }
}
