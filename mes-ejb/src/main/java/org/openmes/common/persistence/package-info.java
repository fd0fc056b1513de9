/**
 * Persistence building blocks shared by every context: the audited base entity (created/updated at/by,
 * optimistic-lock version), the listener that stamps it, and how a write surfaces what the database refuses.
 */
package org.openmes.common.persistence;
