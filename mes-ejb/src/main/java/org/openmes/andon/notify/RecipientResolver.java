package org.openmes.andon.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openmes.andon.model.NotificationPlan.Resolved;
import org.openmes.andon.model.Recipient;
import org.openmes.security.model.MesRole;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.ShiftOccurrence;
import org.openmes.shift.service.TimeModels;

/**
 * Resolves a rule's recipients to people on a line at an instant: {@code user:} is the person; {@code role:} everyone
 * the MES has assigned the role to (security role assignments — members of a corporate group mapped to the role are
 * known only to the identity provider, so they are not reached this way); {@code shift:current} the people assigned
 * to every shift running on the line then, {@code shift:<code>} those assigned to that pattern while it runs. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
public class RecipientResolver {
    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private TimeModels timeModels;

    public List<Resolved> resolve(List<Recipient> recipients, long lineId, Instant at) {
        List<Resolved> resolved = new ArrayList<>();
        for (Recipient recipient : recipients) {
            resolved.add(switch (recipient.kind()) {
                case USER -> Resolved.people(recipient, List.of(recipient.value()));
                case ROLE -> role(recipient);
                case SHIFT -> shift(recipient, lineId, at);
            });
        }
        return resolved;
    }

    private Resolved role(Recipient recipient) {
        List<String> holders = em.createQuery("select a.principalName from RoleAssignment a where a.role = :role order by a.principalName",
                String.class).setParameter("role", MesRole.ofCode(recipient.value())).getResultList();
        return holders.isEmpty()
                ? Resolved.nobody(recipient, "Nobody is assigned role " + recipient.value() + " in the MES (members of corporate groups"
                        + " are known only to the identity provider: assign the role in Access control or name the people)")
                : Resolved.people(recipient, holders);
    }

    private Resolved shift(Recipient recipient, long lineId, Instant at) {
        List<ShiftOccurrence> running = timeModels.of(lineId, new Interval(at.minus(Duration.ofDays(1)), at.plusSeconds(1))).shiftsAt(at)
                .stream().filter(shift -> recipient.isCurrentShift() || shift.code().equalsIgnoreCase(recipient.value())).toList();
        if (running.isEmpty()) {
            return Resolved.nobody(recipient, (recipient.isCurrentShift() ? "No shift" : "Shift " + recipient.value() + " is not")
                    + " running on the line at " + at);
        }
        List<String> people = new ArrayList<>();
        for (ShiftOccurrence shift : running) {
            people.addAll(em.createQuery("select a.person from ShiftAssignment a where a.pattern.id = :pattern and a.shiftDate = :day"
                    + " order by a.person", String.class).setParameter("pattern", shift.patternId()).setParameter("day", shift.day()).getResultList());
        }
        return people.isEmpty()
                ? Resolved.nobody(recipient, "Nobody is assigned to shift " + running.stream().map(s -> s.code() + " of " + s.day()).toList())
                : Resolved.people(recipient, people);
    }
}
