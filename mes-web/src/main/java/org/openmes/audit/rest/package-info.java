/**
 * REST adapter of the audit trail under {@code /api/audit}: search the entries, read one, verify the chain.
 */
package org.openmes.audit.rest;
