package org.openmes.plant.service;

import jakarta.ejb.Stateless;
import java.util.List;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;

/**
 * The plant model (ISA-95 equipment hierarchy): the transaction boundary and the rules. Every method
 * throws {@link org.openmes.common.NotFoundException}, {@link org.openmes.common.InvalidInputException}
 * or {@link org.openmes.common.ConflictException} (including
 * {@link org.openmes.common.StaleVersionException}) instead of letting bad input reach the database.
 */
@Stateless
public class PlantService {

    /** Creates a node of the given level under {@code draft.parentId} (null only for enterprises). */
    public PlantNodeDto create(PlantLevel level, PlantNodeDto draft) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads one node of any level. */
    public PlantNodeDto get(long id) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Updates code, name, description, active flag, parent (a move) and the level-specific fields of node
     * {@code id}. {@code draft.version} must equal the stored version. Deactivating a node deactivates its
     * whole subtree; activating needs an active parent.
     */
    public PlantNodeDto update(long id, PlantNodeDto draft) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Deletes a node without children or history; otherwise refuses with a 409 that says to deactivate it. */
    public void delete(long id) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A page of nodes of one level, filtered and sorted (code, name, active, createdAt, updatedAt). */
    public Page<PlantNodeDto> find(PlantNodeFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The whole hierarchy as a forest of enterprises, children ordered by code. */
    public List<PlantTreeNodeDto> tree(boolean includeInactive) {
        throw new UnsupportedOperationException("TODO");
    }
}
