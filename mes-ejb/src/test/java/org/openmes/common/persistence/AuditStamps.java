package org.openmes.common.persistence;

/** The audit listener as the provider runs it, for the tests of entities in other packages. */
public final class AuditStamps {
    private static final AuditStampListener LISTENER = new AuditStampListener();

    private AuditStamps() {
    }

    /** As a write of the rows does: stamped, and unchanged from then on. */
    public static void written(AuditedEntity... entities) {
        for (AuditedEntity entity : entities) {
            LISTENER.beforeInsert(entity);
        }
    }

    /** Whether a column of the entity's own row changed since it was written: an update would stamp it. */
    public static boolean rowChanged(AuditedEntity entity) {
        return entity.hasRowChanged();
    }
}
