package org.openmes.telemetry.connector;

import jakarta.resource.cci.MappedRecord;
import java.util.HashMap;

/**
 * The records of tag access (see {@link PlcTagInteraction} for the names and keys): a plain map with a record name.
 */
@SuppressWarnings("rawtypes") // MappedRecord extends the raw Map
final class TagRecord extends HashMap implements MappedRecord {
    private static final long serialVersionUID = 1L;
    private String recordName;
    private String description;

    TagRecord(String recordName) {
        this.recordName = recordName;
    }

    @Override
    public String getRecordName() {
        return recordName;
    }

    @Override
    public void setRecordName(String name) {
        recordName = name;
    }

    @Override
    public String getRecordShortDescription() {
        return description;
    }

    @Override
    public void setRecordShortDescription(String text) {
        description = text;
    }

    @Override
    public TagRecord clone() {
        return (TagRecord) super.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TagRecord record && java.util.Objects.equals(recordName, record.recordName) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(recordName, super.hashCode());
    }
}
