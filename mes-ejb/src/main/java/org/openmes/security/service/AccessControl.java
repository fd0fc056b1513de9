package org.openmes.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.openmes.audit.model.Actor;
import org.openmes.audit.model.ActorKind;
import org.openmes.common.persistence.Caller;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.CallerKind;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;

/** The current caller and what it may do, from the container's caller principal and groups and the cached rules. */
@ApplicationScoped
public class AccessControl {
    @Inject
    CallerGroups callerGroups;

    @Inject
    ClientRequest clientRequest;

    @Inject
    AccessRulesCache cache;

    /** The caller of the current work; empty for a client's request without a signed-in caller. */
    public Optional<CallerIdentity> caller() {
        return callerOf(Caller.principal());
    }

    /**
     * The caller authenticated as {@code principal} on this thread (the web tier's request principal, before any EJB
     * is called), with the groups the container gave it.
     */
    public Optional<CallerIdentity> callerOf(Optional<Principal> principal) {
        Optional<CallerIdentity> caller = AccessGuard.identify(principal.map(Principal::getName),
                principal.isPresent() ? callerGroups.groups() : Set.of(), fromClient(), cache.rules());
        // an operator signed in at a kiosk (kiosk session token) is recorded with the kiosk, as the audit trail does
        Optional<Actor> operator = principal.map(Actor::of).filter(actor -> actor.kind() == ActorKind.OPERATOR);
        return operator.isEmpty() ? caller
                : caller.map(identity -> new CallerIdentity(identity.name(), CallerKind.KIOSK_OPERATOR, identity.groups(), operator.get().kiosk()));
    }

    /** Refuses the current work unless its caller has {@code permission} (see {@link AccessGuard#require}). */
    public void require(Permission permission) {
        AccessGuard.require(permission, caller(), cache::permissionsOf);
    }

    private boolean fromClient() {
        try {
            return clientRequest.isFromClient();
        } catch (ContextNotActiveException outsideAnyRequest) {
            // a thread of the MES's own (a batch job step) has no request, so no client either
            return false;
        }
    }

    public Set<MesRole> rolesOf(CallerIdentity caller) {
        return cache.rules().rolesOf(caller);
    }

    public Set<Permission> permissionsOf(CallerIdentity caller) {
        return cache.permissionsOf(caller);
    }
}
