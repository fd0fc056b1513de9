/**
 * REST adapter of access control under {@code /api/security}: who am I, the permission catalogue, the roles'
 * grants, group mappings and local role assignments.
 */
package org.openmes.security.rest;
