package org.openmes.common.persistence;

import jakarta.ejb.EJBContext;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Stamps created/updated at/by on every {@link AuditedEntity}. The actor is the EJB caller principal;
 * work without a caller (start-up, timers before security exists) is stamped {@value #SYSTEM}.
 * <p>
 * An update is stamped only when the entity assigned a column of its own row. EclipseLink calls
 * {@code @PreUpdate} for every entity with a pending change, including a change that writes no column of
 * the row (a child added to a parent's mapped-by {@code children}); stamping then would turn that into
 * an update of the row and move its version, and an edit of the parent would fail as stale.
 */
public class AuditStampListener {
    static final String SYSTEM = "system";

    @PrePersist
    void beforeInsert(AuditedEntity entity) {
        entity.stampCreated(currentActor(), now());
    }

    @PreUpdate
    void beforeUpdate(AuditedEntity entity) {
        if (entity.hasRowChanged()) {
            entity.stampUpdated(currentActor(), now());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String currentActor() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            if (principal == null || principal.getName() == null || "UNAUTHENTICATED".equals(principal.getName())) {
                return SYSTEM;
            }
            return principal.getName();
        } catch (NamingException | IllegalStateException notInAnEjbCall) {
            // outside an EJB call there is no caller: the work is the system's own
            return SYSTEM;
        }
    }
}
