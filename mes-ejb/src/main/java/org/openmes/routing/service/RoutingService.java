package org.openmes.routing.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmes.bom.model.Part;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.persistence.Writes;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.model.WorkCenter;
import org.openmes.routing.model.OperationDefinition;
import org.openmes.routing.model.OperationStep;
import org.openmes.routing.model.PartRouting;
import org.openmes.routing.model.RoutingTemplate;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Routing templates and part routings: the transaction boundary, and the rules that need a query (template
 * names unique, one routing per part, operations at work centers of the plant model). Reading needs
 * {@code routing.view}, every change {@code routing.edit}.
 * <p>
 * A routing's or template's operations belong to it: changing any of them moves the version of the routing
 * or template (forced increment), so two people editing the same routing cannot both win.
 */
@Stateless
@RequiresPermission(Permission.ROUTING_VIEW)
public class RoutingService {
    private static final String TEMPLATE = "routing template";
    private static final String ROUTING = "routing of part";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** The routing of part {@code partId}, or empty if it has none yet; 404 if the part does not exist. */
    public Optional<PartRoutingDto> routingOf(long partId) {
        Part part = loadPart(partId);
        return findRouting(part).map(RoutingService::toDto);
    }

    /** Every template by name, with its operations. */
    public List<RoutingTemplateDto> templates() {
        return em.createQuery("select t from RoutingTemplate t order by lower(t.name)", RoutingTemplate.class)
                .getResultList().stream().map(RoutingService::toDto).toList();
    }

    public RoutingTemplateDto template(long id) {
        return toDto(loadTemplate(id));
    }

    @RequiresPermission(Permission.ROUTING_EDIT)
    public RoutingTemplateDto createTemplate(RoutingTemplateDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a routing template is required");
        }
        RoutingTemplate template = new RoutingTemplate(draft.name(), draft.description(), definitions(draft.operations()));
        checkNameIsFree(template.getName(), null);
        em.persist(template);
        Writes.flush(em, () -> nameTaken(template.getName()), null);
        return toDto(template);
    }

    /** Renames, describes and replaces the operations of template {@code id} (matched by sequence number). */
    @RequiresPermission(Permission.ROUTING_EDIT)
    public RoutingTemplateDto updateTemplate(long id, RoutingTemplateDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a routing template is required");
        }
        RoutingTemplate template = loadTemplate(id);
        long edited = requireVersion(draft.version(), TEMPLATE);
        checkVersion(template, edited, TEMPLATE, template.getId());
        List<OperationDefinition> operations = definitions(draft.operations());
        template.rename(draft.name());
        checkNameIsFree(template.getName(), template.getId());
        template.describe(draft.description());
        if (template.replaceOperations(operations)) {
            em.lock(template, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Writes.flush(em, () -> nameTaken(template.getName()), () -> stale(template, edited, TEMPLATE, template.getId()));
        return toDto(template);
    }

    /** Deletes a template; routings created from it keep their operations. */
    @RequiresPermission(Permission.ROUTING_EDIT)
    public void deleteTemplate(long id) {
        em.remove(loadTemplate(id));
        em.flush();
        // the database sets the routings' template to null (on delete set null); cached routings must not keep it
        em.getEntityManagerFactory().getCache().evict(PartRouting.class);
    }

    /**
     * Creates the routing of part {@code partId}, a copy of template {@code templateId}'s operations (empty
     * when null). Only made, non-obsolete parts get one, and only one.
     */
    @RequiresPermission(Permission.ROUTING_EDIT)
    public PartRoutingDto createRouting(long partId, Long templateId) {
        Part part = loadPart(partId);
        if (findRouting(part).isPresent()) {
            throw routingExists(part);
        }
        RoutingTemplate template = null;
        if (templateId != null) {
            template = em.find(RoutingTemplate.class, templateId);
            if (template == null) {
                throw new InvalidInputException("templateId", TEMPLATE + " " + templateId + " does not exist");
            }
        }
        PartRouting routing = new PartRouting(part, template);
        em.persist(routing);
        Writes.flush(em, () -> routingExists(part), null);
        return toDto(routing);
    }

    /** Replaces the operations of part {@code partId}'s routing (matched by sequence number). */
    @RequiresPermission(Permission.ROUTING_EDIT)
    public PartRoutingDto changeRouting(long partId, RoutingChange change) {
        if (change == null) {
            throw new InvalidInputException(null, "the routing's operations are required");
        }
        Part part = loadPart(partId);
        PartRouting routing = findRouting(part).orElseThrow(() -> new NotFoundException(ROUTING, part));
        long edited = requireVersion(change.version(), "routing");
        checkVersion(routing, edited, ROUTING, part);
        if (routing.replaceOperations(definitions(change.operations()))) {
            em.lock(routing, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Writes.flush(em, null, () -> stale(routing, edited, ROUTING, part));
        return toDto(routing);
    }

    private List<OperationDefinition> definitions(List<OperationDto> operations) {
        if (operations == null) {
            return List.of();
        }
        List<OperationDefinition> definitions = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            String field = "operations[" + i + "]";
            OperationDto operation = operations.get(i);
            if (operation == null) {
                throw new InvalidInputException(field, "is empty");
            }
            definitions.add(OperationDefinition.checked(field, operation.sequence(), operation.name(),
                    workCenter(field + ".workCenterId", operation.workCenterId()), operation.setupMinutes(),
                    operation.runMinutesPerUnit(), Boolean.TRUE.equals(operation.qualityCheck()),
                    Boolean.TRUE.equals(operation.allowOverlap())));
        }
        return definitions;
    }

    private WorkCenter workCenter(String field, Long id) {
        if (id == null) {
            return null;
        }
        PlantNode node = em.find(PlantNode.class, id);
        if (node instanceof WorkCenter workCenter) {
            return workCenter;
        }
        throw new InvalidInputException(field, node == null ? "plant node " + id + " does not exist"
                : node + " is not a work center");
    }

    private Part loadPart(long partId) {
        Part part = em.find(Part.class, partId);
        if (part == null) {
            throw new NotFoundException("part", partId);
        }
        return part;
    }

    private RoutingTemplate loadTemplate(long id) {
        RoutingTemplate template = em.find(RoutingTemplate.class, id);
        if (template == null) {
            throw new NotFoundException(TEMPLATE, id);
        }
        return template;
    }

    private Optional<PartRouting> findRouting(Part part) {
        return em.createQuery("select r from PartRouting r where r.part = :part", PartRouting.class)
                .setParameter("part", part)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    private void checkNameIsFree(String name, Long exceptId) {
        List<Long> holders = em.createQuery("select t.id from RoutingTemplate t where lower(t.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw nameTaken(name);
        }
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("name", "a routing template named '" + name + "' already exists");
    }

    private static ConflictException routingExists(Part part) {
        return new ConflictException("partId", "part " + part + " has a routing already; edit it instead");
    }

    private static long requireVersion(Long version, String what) {
        if (version == null) {
            throw new InvalidInputException("version", "is required to change a " + what
                    + ": send the version you edited (or an If-Match header)");
        }
        return version;
    }

    private static void checkVersion(AuditedEntity entity, long edited, String recordType, Object id) {
        if (edited != entity.getVersion()) {
            throw stale(entity, edited, recordType, id);
        }
    }

    private static StaleVersionException stale(AuditedEntity entity, long edited, String recordType, Object id) {
        return new StaleVersionException(recordType, id, edited, entity.getVersion());
    }

    static PartRoutingDto toDto(PartRouting routing) {
        RoutingTemplate template = routing.getTemplate();
        Part part = routing.getPart();
        return new PartRoutingDto(routing.getId(), part.getId(), part.getPartNumber().value(), part.getRevision(),
                template == null ? null : template.getId(), template == null ? null : template.getName(),
                routing.getVersion(), routing.getOperations().stream().map(RoutingService::toDto).toList());
    }

    static RoutingTemplateDto toDto(RoutingTemplate template) {
        return new RoutingTemplateDto(template.getId(), template.getName(), template.getDescription(),
                template.getVersion(), template.getOperations().stream().map(RoutingService::toDto).toList());
    }

    private static OperationDto toDto(OperationStep step) {
        WorkCenter workCenter = step.getWorkCenter();
        return new OperationDto(step.getId(), step.getSequence(), step.getName(), workCenter.getId(),
                workCenter.getCode().value(), workCenter.getName(), step.getSetupMinutes(), step.getRunMinutesPerUnit(),
                step.isQualityCheck(), step.isAllowOverlap());
    }
}
