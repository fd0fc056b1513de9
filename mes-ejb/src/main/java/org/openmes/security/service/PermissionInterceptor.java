package org.openmes.security.service;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.openmes.security.model.Permission;

/**
 * Enforces {@link RequiresPermission} before the business method runs (and before any interceptor of the
 * application), inside the method's transaction, so a refusal rolls back nothing because nothing happened yet.
 */
@RequiresPermission(Permission.AUDIT_READ) // the value is not binding: this interceptor serves every permission
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class PermissionInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccessControl access;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        access.require(AccessGuard.requiredFor(invocation.getMethod(), invocation.getTarget().getClass()));
        return invocation.proceed();
    }
}
