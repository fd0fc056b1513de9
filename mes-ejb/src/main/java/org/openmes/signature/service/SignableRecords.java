package org.openmes.signature.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.openmes.audit.model.RecordShape;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.downtime.model.DowntimeEvent;
import org.openmes.execution.model.ChecklistCompletion;
import org.openmes.plant.model.PlantNode;
import org.openmes.signature.model.ContentHash;
import org.openmes.signature.model.RecordReference;

/**
 * The records that may be signed, by the type name the audit trail uses, and their content as a signature fixes it:
 * every recorded field of the record (the audit trail's view of it) in canonical JSON. A feature makes its records
 * signable by adding its root entity here.
 */
@ApplicationScoped
public class SignableRecords {
    private static final Map<String, Class<?>> SIGNABLE = Map.of(RecordShape.of(PlantNode.class).entityType(), PlantNode.class,
            RecordShape.of(ChecklistCompletion.class).entityType(), ChecklistCompletion.class,
            RecordShape.of(DowntimeEvent.class).entityType(), DowntimeEvent.class);

    /** The hash of the record's content now; 404 when there is no such record, 400 when it is not signable. */
    public ContentHash currentContent(EntityManager entityManager, RecordReference record) {
        Class<?> type = SIGNABLE.get(record.type());
        if (type == null) {
            throw new InvalidInputException("recordType", "Records of type " + record.type() + " are not signed; signable: "
                    + SIGNABLE.keySet());
        }
        Object entity = entityManager.find(type, id(entityManager, type, record));
        if (entity == null) {
            throw new NotFoundException(record.type(), record.id());
        }
        return ContentHash.of(RecordShape.of(entity.getClass()).stateOf(entity).canonicalContent());
    }

    private static Object id(EntityManager entityManager, Class<?> type, RecordReference record) {
        Class<?> idType = entityManager.getMetamodel().entity(type).getIdType().getJavaType();
        try {
            if (idType == Long.class || idType == long.class) {
                return Long.valueOf(record.id());
            }
            if (idType == Integer.class || idType == int.class) {
                return Integer.valueOf(record.id());
            }
            if (idType == UUID.class) {
                return UUID.fromString(record.id());
            }
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidInputException("recordId", "Not an id of a " + record.type() + ": " + record.id());
        }
        return record.id();
    }
}
