/**
 * The audit trail's model: what an entry says ({@link org.openmes.audit.model.RecordChange}: who, when, which
 * action on which record, field by field old and new values as canonical text), how the fields of a record
 * are found and compared ({@link org.openmes.audit.model.RecordShape}, {@link org.openmes.audit.model.RecordState}),
 * and the hash chain that makes the trail tamper-evident ({@link org.openmes.audit.model.AuditChain},
 * {@link org.openmes.audit.model.ChainVerification}). No persistence here: entries are written and read as
 * plain rows by the service package.
 */
package org.openmes.audit.model;
