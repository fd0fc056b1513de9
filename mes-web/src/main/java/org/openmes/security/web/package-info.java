/**
 * Browser-facing hardening of the web module, independent of who is signed in: the security headers of every
 * response (HSTS over HTTPS, Content-Security-Policy, nosniff, frame and referrer policy), the optional redirect
 * of plain HTTP to HTTPS, a Secure session cookie on HTTPS requests and the configured session timeout. CSRF
 * protection of pages is Faces' server-side view state; see docs/security.md.
 */
package org.openmes.security.web;
