/**
 * Enforcement and administration of roles and permissions. {@link org.openmes.security.service.RequiresPermission}
 * on a service class or method makes {@link org.openmes.security.service.PermissionInterceptor} check the caller
 * before every call; {@link org.openmes.security.service.AccessControl} knows the caller and its permissions
 * (cached by {@link org.openmes.security.service.AccessRulesCache}); {@link org.openmes.security.service.CallerService}
 * tells callers who they are; {@link org.openmes.security.service.AccessControlService} is the administration.
 */
package org.openmes.security.service;
