package org.openmes.andon.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openmes.andon.model.NotificationPlan.Resolved;
import org.openmes.andon.model.Recipient;
import org.openmes.security.model.AccessRules;
import org.openmes.security.model.MesRole;
import org.openmes.security.service.AccessRulesCache;
import org.openmes.security.service.UserDirectory;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.ShiftOccurrence;
import org.openmes.shift.service.TimeModels;

/**
 * Resolves a rule's recipients to people on a line at an instant: {@code user:} is the person; {@code role:} everyone
 * who holds the role by the current access rules: those the MES assigned it to, and the people the MES has seen (at
 * their last sign-in, {@link UserDirectory}) in a corporate group mapped to it — a group member who never signed in
 * to the MES is unknown to it and not reached; {@code shift:current} the people assigned
 * to every shift running on the line then, {@code shift:<code>} those assigned to that pattern while it runs. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
public class RecipientResolver {
    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private TimeModels timeModels;

    @Inject
    private AccessRulesCache accessRules;

    @Inject
    private UserDirectory directory;

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
        MesRole role = MesRole.ofCode(recipient.value());
        AccessRules rules = accessRules.rules();
        Set<String> groups = rules.groupsOf(role);
        List<String> holders = List.copyOf(rules.holdersOf(role, directory.membersOf(groups)));
        return holders.isEmpty()
                ? Resolved.nobody(recipient, "Nobody is assigned role " + recipient.value() + " in the MES, and nobody who signed in to the"
                        + " MES belongs to a group mapped to it (" + String.join(", ", groups) + "): assign the role in Access"
                        + " control or name the people; a group member is known once they have signed in")
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
