/**
 * The audit trail page for administrators and quality staff: search who changed which record when, field by
 * field, and verify that the trail is as it was written.
 */
package org.openmes.audit.web;
