package org.openmes.security.service;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openmes.security.model.Permission;

/**
 * The permission a business method needs: on the service class (every business method) and/or on a method
 * (overrides the class). {@link PermissionInterceptor} enforces it on every call that has a caller: a client's
 * request without a signed-in caller is refused with {@link org.openmes.common.NotAuthenticatedException}, a
 * caller without the permission with {@link org.openmes.common.ForbiddenException}. Work of the MES itself
 * (start-up, timers, batch jobs) is not checked.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
    /** Not binding: one interceptor serves every permission and reads the value itself. */
    @Nonbinding
    Permission value();
}
