/**
 * The Liberty adapter of access control: where the caller's groups come from on Open Liberty. The only package
 * that may use Liberty's own types; everything else sees {@link org.openmes.security.service.CallerGroups}.
 */
package org.openmes.security.liberty;
