package org.openmes.security.service;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openmes.common.ForbiddenException;
import org.openmes.common.NotAuthenticatedException;
import org.openmes.security.model.AccessRules;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.CallerKind;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;

/** The decisions of access control, free of the container so that they are tested as they are. */
public final class AccessGuard {
    private AccessGuard() {
    }

    /**
     * Who the work is done for. No principal: the MES itself, unless the work serves a client's request, which
     * then has no caller at all (empty). A principal whose roles are all roles of technical accounts is a service.
     */
    public static Optional<CallerIdentity> identify(Optional<String> principalName, Set<String> groups,
            boolean fromClient, AccessRules rules) {
        if (principalName.isEmpty()) {
            return fromClient ? Optional.empty() : Optional.of(CallerIdentity.system());
        }
        CallerIdentity user = new CallerIdentity(principalName.get(), CallerKind.USER, groups, null);
        Set<MesRole> roles = rules.rolesOf(user);
        boolean service = !roles.isEmpty() && roles.stream().allMatch(MesRole::isService);
        return Optional.of(service ? new CallerIdentity(user.name(), CallerKind.SERVICE, groups, null) : user);
    }

    /** Refuses a missing caller (401) and a caller without {@code required} (403); lets the system through. */
    public static void require(Permission required, Optional<CallerIdentity> caller,
            Function<CallerIdentity, Set<Permission>> permissionsOf) {
        CallerIdentity identity = requireCaller(caller);
        if (!identity.isSystem() && !permissionsOf.apply(identity).contains(required)) {
            throw new ForbiddenException(required.code(), "You are not allowed to do this: it needs permission '"
                    + required.code() + "' (" + required.description() + "), which none of your roles grants");
        }
    }

    /** The caller, or 401 when a client's request has none. */
    public static CallerIdentity requireCaller(Optional<CallerIdentity> caller) {
        return caller.orElseThrow(() -> new NotAuthenticatedException("Sign in first: this needs a signed-in user or a valid token"));
    }

    /** The permission a business method needs: the method's own annotation, else its class's. */
    public static Permission requiredFor(Method method, Class<?> beanClass) {
        RequiresPermission onMethod = method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermission onClass = beanClass.getAnnotation(RequiresPermission.class);
        if (onClass == null) {
            onClass = method.getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        if (onClass == null) {
            throw new IllegalStateException(method + " is intercepted for access control but names no permission");
        }
        return onClass.value();
    }
}
