/**
 * The audit trail's use cases. Recording, implemented once for every business record:
 * {@link org.openmes.audit.service.AuditListener} (a default entity listener) feeds
 * {@link org.openmes.audit.service.AuditTrail}, which collects the entries of a transaction and has
 * {@link org.openmes.audit.service.AuditJournal} append them, hash-chained, in that same transaction;
 * {@link org.openmes.audit.service.AuditContext} carries the request's correlation id and reason.
 * Reading: {@link org.openmes.audit.service.AuditService} searches the trail and verifies the chain, and the
 * DTOs the adapters see.
 */
package org.openmes.audit.service;
