package org.openmes.plant.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.MesException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.SqlStates;
import org.openmes.plant.model.Area;
import org.openmes.plant.model.Enterprise;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.EquipmentSpec;
import org.openmes.plant.model.PlantCode;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.model.ProductionLine;
import org.openmes.plant.model.Site;
import org.openmes.plant.model.WorkCenter;
import org.openmes.plant.model.WorkCenterCapacity;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * The plant model (ISA-95 equipment hierarchy): the transaction boundary and the rules. Every method
 * throws {@link org.openmes.common.NotFoundException}, {@link org.openmes.common.InvalidInputException}
 * or {@link org.openmes.common.ConflictException} (including
 * {@link org.openmes.common.StaleVersionException}) instead of letting bad input reach the database.
 * <p>
 * Queries in the write paths run with flush mode COMMIT, so that pending changes reach the database only
 * through the explicit {@code em.flush()}, whose constraint violations are translated here.
 * <p>
 * Creating a node, moving it under another parent and activating it rely on the parent staying active
 * until they commit; deactivating a node takes its subtree along. Both hold row locks
 * ({@code SELECT ... FOR UPDATE}) until commit, so they wait for each other instead of failing: a write
 * locks the parent it depends on, and a deactivation locks the node and then its subtree level by level.
 * A create racing a deactivation thus either commits first and is deactivated with the subtree, or finds
 * the parent inactive and is refused. The parent's row is not written: adding, moving or (de)activating
 * a child leaves its version and audit stamp alone, so concurrent creates under one parent all succeed.
 * Locks are taken parent before child, the order of the deactivation's walk; the deadlocks left (moves
 * inside a subtree being deactivated) are broken by PostgreSQL and refused as conflicts.
 * <p>
 * Updates and deletes also lock the node itself and check its version under that lock, so of concurrent
 * edits of one version exactly one wins and the others are refused as stale. No write waits longer than
 * {@value #LOCK_TIMEOUT} for a lock; it is refused as a conflict then.
 * <p>
 * Reading needs {@code plant.view}, every change {@code plant.edit}.
 */
@Stateless
@RequiresPermission(Permission.PLANT_VIEW)
public class PlantService {
    private static final String RECORD_TYPE = "plant node";
    /** PostgreSQL's lock_timeout for plant writes: long enough to queue behind a few writes, not to hang. */
    private static final String LOCK_TIMEOUT = "5s";
    private static final List<String> SORTABLE = List.of("code", "name", "active", "createdAt", "updatedAt");
    /** Plain SQL: the tree is the hottest read of the plant model and needs neither entities nor a join. */
    private static final String TREE_ALL = "select id, parent_id, level, code, name, active from plant_node order by code";
    private static final String TREE_ACTIVE = "select id, parent_id, level, code, name, active from plant_node"
            + " where active order by code";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** Creates a node of the given level under {@code draft.parentId} (null only for enterprises). */
    @RequiresPermission(Permission.PLANT_EDIT)
    public PlantNodeDto create(PlantLevel level, PlantNodeDto draft) {
        if (level == null) {
            throw new InvalidInputException("level", "is required");
        }
        requireDraft(draft);
        if (draft.getLevel() != null && draft.getLevel() != level) {
            throw new InvalidInputException("level", "the body says " + draft.getLevel().label()
                    + " but " + PlantNode.withArticle(level) + " is being created");
        }
        refuseForeignParts(level, draft);
        PlantCode code = new PlantCode(draft.getCode());
        limitLockWaits();
        PlantNode parent = findParent(level, draft.getParentId());
        PlantNode node = newNode(level, parent, code, draft);
        checkCodeIsFree(parent, code, null);
        if (Boolean.FALSE.equals(draft.getActive())) {
            node.deactivate();
        }
        em.persist(node);
        flushChanges(node);
        return PlantNodeMapper.toDto(node);
    }

    /** Reads one node of any level. */
    public PlantNodeDto get(long id) {
        return PlantNodeMapper.toDto(load(id));
    }

    /**
     * Updates code, name, description, active flag, parent (a move) and the level-specific fields of node
     * {@code id}. {@code draft.version} must equal the stored version. Deactivating a node deactivates its
     * whole subtree; activating needs an active parent.
     */
    @RequiresPermission(Permission.PLANT_EDIT)
    public PlantNodeDto update(long id, PlantNodeDto draft) {
        requireDraft(draft);
        PlantNode node = load(id);
        if (draft.getVersion() == null) {
            throw new InvalidInputException("version", "is required to update a plant node: send the version"
                    + " you edited (or an If-Match header)");
        }
        long editedVersion = draft.getVersion();
        checkVersion(node, editedVersion);
        if (draft.getLevel() != null && draft.getLevel() != node.getLevel()) {
            throw new InvalidInputException("level", "cannot change: " + node + " is "
                    + PlantNode.withArticle(node.getLevel()) + "; create a new " + draft.getLevel().label()
                    + " and deactivate this one instead");
        }
        refuseForeignParts(node.getLevel(), draft);
        PlantCode code = new PlantCode(draft.getCode());
        WorkCenterCapacity capacity = PlantNodeMapper.toCapacity(draft.getCapacity());
        EquipmentSpec spec = PlantNodeMapper.toSpec(draft.getEquipment());
        // locks parent before child (see the class comment): a new parent is found locked, the current one
        // is locked when the node is to be activated under it, then the node itself
        limitLockWaits();
        PlantNode parent = targetParent(node, draft.getParentId());
        boolean moves = parent != node.getParent();
        boolean activates = Boolean.TRUE.equals(draft.getActive()) && !node.isActive();
        if (activates && !moves && parent != null) {
            lock(parent);
        }
        lock(node);
        // the node as it is now: a concurrent edit that won shows here, and the decisions above were
        // taken on this very version
        checkVersion(node, editedVersion);

        // deactivate before a move and activate after it: an inactive node may go under an inactive
        // parent, and whether a node can be activated depends on the parent it ends up under
        if (Boolean.FALSE.equals(draft.getActive()) && node.isActive()) {
            lockDescendants(node);
            node.deactivate();
        }
        if (moves) {
            node.moveTo(parent);
        }
        if (activates) {
            node.activate();
        }
        if (moves || !code.equals(node.getCode())) {
            checkCodeIsFree(parent, code, node.getId());
        }
        node.changeCode(code);
        node.rename(draft.getName());
        node.describe(draft.getDescription());
        if (node instanceof WorkCenter workCenter) {
            workCenter.changeCapacity(capacity);
        }
        if (node instanceof Equipment equipment) {
            equipment.changeSpec(spec);
        }
        flushChanges(node);
        return PlantNodeMapper.toDto(node);
    }

    /** Deletes a node without children or history; otherwise refuses with a 409 that says to deactivate it. */
    @RequiresPermission(Permission.PLANT_EDIT)
    public void delete(long id) {
        limitLockWaits();
        PlantNode node = findLocked(id, RECORD_TYPE + " " + id);
        if (node == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        long children = em.createQuery("select count(n) from PlantNode n where n.parent = :node", Long.class)
                .setParameter("node", node)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        if (children > 0) {
            throw new ConflictException(null, "cannot delete " + node + ": it has " + children + " child node"
                    + (children == 1 ? "" : "s") + "; deactivate it instead");
        }
        em.remove(node);
        // a foreign key from a table that records what happened at the node (history) keeps it
        flush(node, SqlStates.FOREIGN_KEY_VIOLATION, () -> new ConflictException(null, "cannot delete " + node
                + ": it has history (other records refer to it); deactivate it instead"));
    }

    /** A page of nodes of one level, filtered and sorted (code, name, active, createdAt, updatedAt). */
    public Page<PlantNodeDto> find(PlantNodeFilter filter, PageRequest page) {
        if (filter == null || filter.level() == null) {
            throw new InvalidInputException("level", "is required: say which level of the plant to list");
        }
        PageRequest request = page != null ? page : new PageRequest(0, PageRequest.DEFAULT_SIZE, null, true);
        String orderBy = orderBy(request);

        StringBuilder where = new StringBuilder(" where n.level = :level");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("level", filter.level());
        if (filter.parentId() != null) {
            where.append(" and n.parent.id = :parentId");
            parameters.put("parentId", filter.parentId());
        }
        if (filter.active() != null) {
            where.append(" and n.active = :active");
            parameters.put("active", filter.active());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(n.code) like :text escape '\\' or lower(n.name) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }

        // the parent is fetched along because every DTO carries its id
        TypedQuery<PlantNode> select = em.createQuery(
                "select n from PlantNode n left join fetch n.parent" + where + orderBy, PlantNode.class);
        parameters.forEach(select::setParameter);
        List<PlantNode> nodes = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();

        long total;
        if (request.offset() == 0 && nodes.size() < request.size()) {
            total = nodes.size(); // the first page holds everything: no need to count
        } else {
            TypedQuery<Long> count = em.createQuery("select count(n) from PlantNode n" + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        List<PlantNodeDto> items = new ArrayList<>(nodes.size());
        for (PlantNode node : nodes) {
            items.add(PlantNodeMapper.toDto(node));
        }
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * The whole hierarchy as a forest of enterprises, children ordered by code. One query for all nodes,
     * no entities, no transaction of its own: this is the hot read of the plant pages.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlantTreeNodeDto> tree(boolean includeInactive) {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery(includeInactive ? TREE_ALL : TREE_ACTIVE).getResultList();
        List<PlantTree.Row> rows = new ArrayList<>(columns.size());
        for (Object[] c : columns) {
            rows.add(new PlantTree.Row(((Number) c[0]).longValue(), c[1] == null ? null : ((Number) c[1]).longValue(),
                    PlantLevel.valueOf((String) c[2]), (String) c[3], (String) c[4], (Boolean) c[5]));
        }
        return PlantTree.assemble(rows);
    }

    private PlantNode load(long id) {
        PlantNode node = em.find(PlantNode.class, id);
        if (node == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return node;
    }

    private static void requireDraft(PlantNodeDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a plant node is required");
        }
    }

    /** Capacity belongs to work centers and the equipment spec to equipment; the entities require them. */
    private static void refuseForeignParts(PlantLevel level, PlantNodeDto draft) {
        if (level != PlantLevel.WORK_CENTER && draft.getCapacity() != null) {
            throw new InvalidInputException("capacity", "is only for work centers; leave it out for "
                    + PlantNode.withArticle(level));
        }
        if (level != PlantLevel.EQUIPMENT && draft.getEquipment() != null) {
            throw new InvalidInputException("equipment", "is only for equipment; leave it out for "
                    + PlantNode.withArticle(level));
        }
    }

    /**
     * The parent named by a draft, locked (see the class comment). A missing id is left to the entities,
     * which say which parent the level needs; an id that names no node is an error of the input, not a
     * missing resource.
     */
    private PlantNode findParent(PlantLevel level, Long parentId) {
        if (parentId == null) {
            return null;
        }
        if (level.isRoot()) {
            throw new InvalidInputException("parentId", "must be empty: an enterprise is the top of the hierarchy");
        }
        PlantNode parent = findLocked(parentId, "the parent (" + RECORD_TYPE + " " + parentId + ")");
        if (parent == null) {
            throw new InvalidInputException("parentId", RECORD_TYPE + " " + parentId + " does not exist");
        }
        return parent;
    }

    private PlantNode targetParent(PlantNode node, Long parentId) {
        PlantNode current = node.getParent();
        Long currentId = current == null ? null : current.getId();
        return Objects.equals(currentId, parentId) ? current : findParent(node.getLevel(), parentId);
    }

    private static PlantNode newNode(PlantLevel level, PlantNode parent, PlantCode code, PlantNodeDto draft) {
        String name = draft.getName();
        String description = draft.getDescription();
        return switch (level) {
            case ENTERPRISE -> new Enterprise(code, name, description);
            case SITE -> new Site(parent, code, name, description);
            case AREA -> new Area(parent, code, name, description);
            case PRODUCTION_LINE -> new ProductionLine(parent, code, name, description);
            case WORK_CENTER -> new WorkCenter(parent, code, name, description,
                    PlantNodeMapper.toCapacity(draft.getCapacity()));
            case EQUIPMENT -> new Equipment(parent, code, name, description,
                    PlantNodeMapper.toSpec(draft.getEquipment()));
        };
    }

    /** Refuses a code that another node under the same parent (or another enterprise) already has. */
    private void checkCodeIsFree(PlantNode parent, PlantCode code, Long exceptId) {
        TypedQuery<Object[]> query = parent == null
                ? em.createQuery("select n.id, n.level from PlantNode n where n.parent is null and n.code = :code",
                        Object[].class)
                : em.createQuery("select n.id, n.level from PlantNode n where n.parent = :parent and n.code = :code",
                        Object[].class).setParameter("parent", parent);
        List<Object[]> holders = query.setParameter("code", code).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Object[] holder : holders) {
            if (!holder[0].equals(exceptId)) {
                throw codeTaken((PlantLevel) holder[1], code, parent);
            }
        }
    }

    private static ConflictException codeTaken(PlantLevel holderLevel, PlantCode code, PlantNode parent) {
        return new ConflictException("code", PlantNode.withArticle(holderLevel) + " with code " + code
                + " already exists" + (parent == null ? "" : " under " + parent));
    }

    private static void checkVersion(PlantNode node, long editedVersion) {
        if (editedVersion != node.getVersion()) {
            throw new StaleVersionException(RECORD_TYPE, node.getId(), editedVersion, node.getVersion());
        }
    }

    /**
     * PostgreSQL waits for a row lock as long as it takes; this transaction gives up after
     * {@link #LOCK_TIMEOUT} instead (SQLState 55P03). The standard hint {@code jakarta.persistence.lock.timeout}
     * would not do: EclipseLink's PostgreSQL platform writes a plain FOR UPDATE whatever the timeout. The
     * setting is local to the transaction, so it does not stay on the pooled connection.
     */
    private void limitLockWaits() {
        em.createNativeQuery("select set_config('lock_timeout', '" + LOCK_TIMEOUT + "', true)")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }

    /**
     * Node {@code id} locked until commit and read as it is now (not from the cache); null if none.
     * {@code subject} names it in the message if the lock is refused.
     */
    private PlantNode findLocked(long id, String subject) {
        try {
            return em.find(PlantNode.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException failure) {
            throw lockRefused(subject, failure);
        }
    }

    /** Locks a node already read until commit, and reads it again as it is now. */
    private void lock(PlantNode node) {
        try {
            em.refresh(node, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException deleted) {
            throw withCause(new NotFoundException(RECORD_TYPE, node.getId()), deleted);
        } catch (PersistenceException failure) {
            throw lockRefused(node.toString(), failure);
        }
    }

    /**
     * Locks the subtree under {@code node} (locked already) top-down, a level at a time, reading each
     * level from the database. A level is read only once its parents are locked, and no child can be
     * created, moved in or activated without the lock of its parent: the walk misses no child committed
     * before it and none can join until this transaction ends.
     */
    private void lockDescendants(PlantNode node) {
        List<Long> parentIds = List.of(node.getId());
        while (!parentIds.isEmpty()) {
            List<PlantNode> children;
            try {
                children = em.createQuery("select n from PlantNode n where n.parent.id in :parentIds"
                                + " order by n.id", PlantNode.class)
                        .setParameter("parentIds", parentIds)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultList();
            } catch (PersistenceException failure) {
                throw lockRefused("the subtree of " + node, failure);
            }
            parentIds = children.stream().map(PlantNode::getId).toList();
        }
    }

    /**
     * A lock not obtained in time, or a deadlock PostgreSQL broke by failing this transaction: another
     * write on the same nodes is in progress. Any other failure is a bug and goes up as it is.
     */
    private static RuntimeException lockRefused(String subject, PersistenceException failure) {
        if (SqlStates.isCausedBy(failure, SqlStates.LOCK_NOT_AVAILABLE)) {
            return withCause(new ConflictException(null, subject + " is being changed by someone else and"
                    + " stayed locked for " + LOCK_TIMEOUT + "; try again later"), failure);
        }
        if (SqlStates.isCausedBy(failure, SqlStates.DEADLOCK_DETECTED)) {
            return withCause(new ConflictException(null, subject + " was being changed by someone else at the"
                    + " same time; try again"), failure);
        }
        return failure;
    }

    /**
     * Writes a creation or an update now. A unique violation here is a sibling that got the same code
     * since {@link #checkCodeIsFree} ran. Building the message needs no query (the transaction is aborted):
     * the parent was loaded by that check.
     */
    private void flushChanges(PlantNode node) {
        flush(node, SqlStates.UNIQUE_VIOLATION, () -> codeTaken(node.getLevel(), node.getCode(), node.getParent()));
    }

    /**
     * Writes the pending changes now, so that what the database refuses comes back as a business
     * exception: {@code violation} (an SQLState) as the given refusal, a lost optimistic lock as a stale
     * version, a lock wait that failed as a conflict. Any other failure is a bug and goes up as it is.
     */
    private void flush(PlantNode node, String violation, Supplier<ConflictException> refusal) {
        long readVersion = node.getVersion();
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw lostRace(node, readVersion, changedMeanwhile);
        } catch (PersistenceException failure) {
            if (SqlStates.isCausedBy(failure, violation)) {
                throw withCause(refusal.get(), failure);
            }
            throw lockRefused(node.toString(), failure);
        }
    }

    /**
     * The node's row was changed or deleted between our read and our write. Every row a write changes is
     * locked and read under the lock first, so this is a change that bypassed the locks: by SQL, or through
     * another server whose change the shared cache has not seen. The cache is evicted, so that reloading
     * shows the current state, and the caller is told the version the row is at now.
     */
    private MesException lostRace(PlantNode node, long readVersion, OptimisticLockException cause) {
        em.getEntityManagerFactory().getCache().evict(PlantNode.class);
        List<Long> stored = em.createQuery("select n.version from PlantNode n where n.id = :id", Long.class)
                .setParameter("id", node.getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        MesException refusal = stored.isEmpty()
                ? new NotFoundException(RECORD_TYPE, node.getId())
                : new StaleVersionException(RECORD_TYPE, node.getId(), readVersion, stored.get(0));
        return withCause(refusal, cause);
    }

    private static <T extends MesException> T withCause(T refusal, Throwable cause) {
        refusal.initCause(cause);
        return refusal;
    }

    private static String orderBy(PageRequest request) {
        String property = request.sortProperty() == null ? "code" : request.sortProperty();
        if (!SORTABLE.contains(property)) {
            throw new InvalidInputException("sort", "cannot sort by " + property + "; use one of "
                    + String.join(", ", SORTABLE));
        }
        // the id breaks ties, so that paging through equal names neither repeats nor skips a node
        return " order by n." + property + (request.ascending() ? " asc" : " desc") + ", n.id asc";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
