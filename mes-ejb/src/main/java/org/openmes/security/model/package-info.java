/**
 * Roles and permissions: the catalogue ({@link org.openmes.security.model.MesRole},
 * {@link org.openmes.security.model.Permission}), who a caller is
 * ({@link org.openmes.security.model.CallerIdentity}), the policy that turns groups and assignments into
 * permissions ({@link org.openmes.security.model.AccessRules}), and the records an administrator edits:
 * what a role is granted, which corporate group means which role, which role a principal is assigned in the
 * MES. The records are audited entities, so every change of the policy lands in the audit trail.
 */
package org.openmes.security.model;
