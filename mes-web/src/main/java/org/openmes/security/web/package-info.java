/**
 * Browser-facing hardening of the web module: the security headers of every
 * response (HSTS over HTTPS, Content-Security-Policy, nosniff, frame and referrer policy), the optional redirect
 * of plain HTTP to HTTPS, a Secure session cookie on HTTPS requests and the configured session timeout. CSRF
 * protection of pages is Faces' server-side view state; see docs/security.md.
 * <p>
 * And the pages' side of roles and permissions: {@code currentUser} (name, {@code may('…')} to hide menu items)
 * and the administration page of access control ({@code /admin/access.xhtml}).
 */
package org.openmes.security.web;
