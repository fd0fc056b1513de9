package org.openmes.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.openmes.audit.service.AuditEntryDto;
import org.openmes.audit.service.AuditEntryFilter;
import org.openmes.audit.service.AuditService;
import org.openmes.audit.service.ChainVerificationDto;
import org.openmes.common.PageRequest;
import org.openmes.platform.web.ActionFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of {@code /audit.xhtml}: the search form (record type and id, actor, time window in UTC), the
 * matching entries a page at a time, newest first, and the verification of the hash chain.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Id of the page's form; also the key of its form-level messages. */
    private static final String FORM = "auditForm";

    @EJB
    private AuditService auditService;

    private List<String> recordTypes = List.of();
    private String entityType;
    private String entityId;
    private String actor;
    private LocalDateTime from;
    private LocalDateTime to;
    /** The search the table shows: the form's criteria as of the last Search. */
    private AuditEntryFilter shown = AuditEntryFilter.ALL;
    private final Entries entries = new Entries();
    private ChainVerificationDto verification;

    @PostConstruct
    void init() {
        ActionFeedback.run(FORM, () -> recordTypes = auditService.recordTypes());
    }

    public void search() {
        ActionFeedback.run(FORM, () -> shown = new AuditEntryFilter(entityType, entityId, actor, utc(from), utc(to)));
    }

    public void clear() {
        entityType = null;
        entityId = null;
        actor = null;
        from = null;
        to = null;
        shown = AuditEntryFilter.ALL;
    }

    public void verify() {
        ActionFeedback.run(FORM, () -> verification = auditService.verify());
    }

    /** The page's inputs are UTC, as the trail's times are shown. */
    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public LazyDataModel<AuditEntryDto> getEntries() {
        return entries;
    }

    public ChainVerificationDto getVerification() {
        return verification;
    }

    /** The entries of the shown search, loaded a page at a time as the table pages. */
    private final class Entries extends LazyDataModel<AuditEntryDto> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditService.count(shown));
        }

        @Override
        public List<AuditEntryDto> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            return auditService.find(shown, new PageRequest(first / size, size, null, true)).getItems();
        }

        @Override
        public String getRowKey(AuditEntryDto entry) {
            return String.valueOf(entry.getId());
        }
    }
}
