package org.openmes.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values a record held at one moment, as read by its {@link RecordShape}: taken when the record is
 * loaded and after each write, so that the next write can say which fields it changed from what to what.
 * The raw values are kept (values of a record are immutable: strings, numbers, value objects) and turned
 * into text only for the fields that appear in an entry.
 */
public final class RecordState {
    private final RecordShape shape;
    private final Object[] values;

    RecordState(RecordShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** The fields whose value differs in {@code after}, sorted by path; empty when nothing changed. */
    public List<FieldChange> changesTo(RecordState after) {
        if (after.shape != shape) {
            throw new IllegalArgumentException("states of different record shapes cannot be compared");
        }
        List<FieldChange> changes = new ArrayList<>();
        List<RecordShape.Leaf> leaves = shape.leaves();
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(values[i], after.values[i])) {
                RecordShape.Leaf leaf = leaves.get(i);
                String before = leaf.render(values[i]);
                String now = leaf.render(after.values[i]);
                if (!Objects.equals(before, now)) {
                    changes.add(new FieldChange(leaf.path(), before, now));
                }
            }
        }
        return changes;
    }

    /**
     * The values as one canonical JSON object, field path to text (null for no value): the form an electronic
     * signature fixes, so that any later change of a field shows.
     */
    public String canonicalContent() {
        Map<String, Object> fields = new HashMap<>();
        List<RecordShape.Leaf> leaves = shape.leaves();
        for (int i = 0; i < values.length; i++) {
            fields.put(leaves.get(i).path(), leaves.get(i).render(values[i]));
        }
        return CanonicalJson.write(fields);
    }

    /** A new record: every field that has a value, from nothing to that value. */
    public List<FieldChange> asCreated() {
        return present(true);
    }

    /** A removed record: every field that had a value, from that value to nothing. */
    public List<FieldChange> asDeleted() {
        return present(false);
    }

    private List<FieldChange> present(boolean created) {
        List<FieldChange> changes = new ArrayList<>();
        List<RecordShape.Leaf> leaves = shape.leaves();
        for (int i = 0; i < values.length; i++) {
            String text = leaves.get(i).render(values[i]);
            if (text != null) {
                changes.add(created ? new FieldChange(leaves.get(i).path(), null, text)
                        : new FieldChange(leaves.get(i).path(), text, null));
            }
        }
        return changes;
    }
}
