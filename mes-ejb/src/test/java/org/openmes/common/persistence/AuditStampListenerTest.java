package org.openmes.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AuditStampListenerTest {
    private static final OffsetDateTime EARLIER = OffsetDateTime.parse("2024-03-01T08:00:00Z");

    private final AuditStampListener listener = new AuditStampListener();

    /** The smallest audited entity: one column, assigned only on a real change. */
    private static final class Note extends AuditedEntity {
        private String text = "draft";

        void write(String newText) {
            if (!newText.equals(text)) {
                text = newText;
                markRowChanged();
            }
        }
    }

    /** A note as read back: created and last updated by alice, earlier. */
    private static Note stored() {
        Note note = new Note();
        note.stampCreated("alice", EARLIER);
        return note;
    }

    @Test
    void anInsertStampsCreationAndUpdateAlike() {
        Note note = new Note();
        note.write("first");

        listener.beforeInsert(note);

        assertEquals(Caller.SYSTEM, note.getCreatedBy(), "no caller outside an EJB call");
        assertEquals(note.getCreatedBy(), note.getUpdatedBy());
        assertEquals(note.getCreatedAt(), note.getUpdatedAt());
        assertFalse(note.hasRowChanged(), "written as it is");
    }

    @Test
    void anUpdateOfAColumnIsStamped() {
        Note note = stored();
        note.write("second");

        listener.beforeUpdate(note);

        assertEquals(Caller.SYSTEM, note.getUpdatedBy());
        assertTrue(note.getUpdatedAt().isAfter(EARLIER));
        assertEquals("alice", note.getCreatedBy(), "creation stays as it was");
        assertEquals(EARLIER, note.getCreatedAt());
        assertFalse(note.hasRowChanged(), "the change is stamped once");
    }

    /** What EclipseLink reports for a parent whose mapped-by children changed: no column of its own. */
    @Test
    void anUpdateWithoutAChangedColumnIsNotStamped() {
        Note note = stored();

        listener.beforeUpdate(note);

        assertEquals("alice", note.getUpdatedBy());
        assertEquals(EARLIER, note.getUpdatedAt());
    }

    @Test
    void writingTheSameValueIsNoChange() {
        Note note = stored();
        note.write("draft");

        listener.beforeUpdate(note);

        assertEquals(EARLIER, note.getUpdatedAt());
    }
}
