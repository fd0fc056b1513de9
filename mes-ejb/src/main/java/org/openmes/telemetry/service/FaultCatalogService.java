package org.openmes.telemetry.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.SqlStates;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.telemetry.model.FaultCatalogEntry;

/**
 * The fault catalog of the plant's equipment, for people and clients: read with {@code telemetry.view}, edited with
 * {@code telemetry.configure}. An entry is addressed by its equipment and bit. The system's own work reads the catalog
 * through {@link org.openmes.telemetry.events.FaultCatalog} instead, which needs no caller.
 */
@Stateless
@RequiresPermission(Permission.TELEMETRY_VIEW)
public class FaultCatalogService {
    private static final String RECORD_TYPE = "fault catalog entry";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** The catalog of a piece of equipment, by bit. */
    public List<FaultCatalogEntryDto> entries(long equipmentId) {
        Equipment equipment = equipment(equipmentId);
        return em.createQuery("select f from FaultCatalogEntry f where f.equipment = :equipment order by f.bit",
                FaultCatalogEntry.class).setParameter("equipment", equipment).getResultList().stream()
                .map(FaultCatalogEntryDto::of).toList();
    }

    public FaultCatalogEntryDto entry(long equipmentId, int bit) {
        return FaultCatalogEntryDto.of(load(equipment(equipmentId), bit));
    }

    /** Adds the meaning of a fault bit; 409 naming {@code bit} or {@code code} when the equipment has either already. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public FaultCatalogEntryDto create(long equipmentId, FaultCatalogEntryDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a fault catalog entry is required");
        }
        Equipment equipment = equipment(equipmentId);
        FaultCatalogEntry entry = new FaultCatalogEntry(equipment, draft.bit(), draft.code(), draft.text(), draft.severity(),
                draft.downtimeCategory(), draft.andonPriority());
        if (find(equipment, entry.getBit()) != null) {
            throw bitTaken(equipmentId, entry.getBit());
        }
        refuseTakenCode(equipment, entry);
        em.persist(entry);
        flush(equipmentId, entry);
        return FaultCatalogEntryDto.of(entry);
    }

    /** Changes code, text, severity, category and priority of a bit; {@code draft.version} must be the stored one. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public FaultCatalogEntryDto update(long equipmentId, int bit, FaultCatalogEntryDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a fault catalog entry is required");
        }
        if (draft.version() == null) {
            throw new InvalidInputException("version", "send the version you edited, as \"version\" in the body or as If-Match");
        }
        if (draft.bit() != null && draft.bit() != bit) {
            throw new InvalidInputException("bit", "the bit of an entry cannot change (delete it and add the other bit)");
        }
        Equipment equipment = equipment(equipmentId);
        FaultCatalogEntry entry = load(equipment, bit);
        if (entry.getVersion() != draft.version()) {
            throw new StaleVersionException(RECORD_TYPE, equipmentId + "/" + bit, draft.version(), entry.getVersion());
        }
        entry.change(draft.code(), draft.text(), draft.severity(), draft.downtimeCategory(), draft.andonPriority());
        refuseTakenCode(equipment, entry);
        flush(equipmentId, entry);
        return FaultCatalogEntryDto.of(entry);
    }

    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public void delete(long equipmentId, int bit) {
        em.remove(load(equipment(equipmentId), bit));
        em.flush();
    }

    private Equipment equipment(long equipmentId) {
        PlantNode node = em.find(PlantNode.class, equipmentId);
        if (node == null) {
            throw new NotFoundException("plant node", equipmentId);
        }
        if (!(node instanceof Equipment equipment)) {
            throw new InvalidInputException("equipmentId", "plant node " + equipmentId + " is not equipment but " + node.getLevel());
        }
        return equipment;
    }

    private FaultCatalogEntry find(Equipment equipment, int bit) {
        return em.createQuery("select f from FaultCatalogEntry f where f.equipment = :equipment and f.bit = :bit",
                FaultCatalogEntry.class).setParameter("equipment", equipment).setParameter("bit", bit)
                .getResultStream().findFirst().orElse(null);
    }

    private FaultCatalogEntry load(Equipment equipment, int bit) {
        FaultCatalogEntry entry = find(equipment, bit);
        if (entry == null) {
            throw new NotFoundException(RECORD_TYPE, equipment.getId() + "/" + bit);
        }
        return entry;
    }

    private void refuseTakenCode(Equipment equipment, FaultCatalogEntry entry) {
        boolean taken = em.createQuery("select f from FaultCatalogEntry f where f.equipment = :equipment and f.code = :code",
                        FaultCatalogEntry.class).setParameter("equipment", equipment).setParameter("code", entry.getCode())
                .getResultStream().anyMatch(other -> other != entry);
        if (taken) {
            throw codeTaken(equipment.getId(), entry.getCode());
        }
    }

    /** Flushes so that a key lost to a concurrent insert is refused as a conflict naming the field, not a 500. */
    private void flush(long equipmentId, FaultCatalogEntry entry) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw names(e, "telemetry_fault_definition_code_uk") ? codeTaken(equipmentId, entry.getCode())
                        : bitTaken(equipmentId, entry.getBit());
            }
            throw e;
        }
    }

    /** Whether the database's refusal names {@code constraint} (PostgreSQL puts it in the message). */
    private static boolean names(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException bitTaken(long equipmentId, int bit) {
        return new ConflictException("bit", "equipment " + equipmentId + " has an entry for fault bit " + bit + " already");
    }

    private static ConflictException codeTaken(long equipmentId, String code) {
        return new ConflictException("code", "equipment " + equipmentId + " has a fault " + code + " already");
    }
}
