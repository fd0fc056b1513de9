/**
 * Persistence building blocks shared by every context: the audited base entity (created/updated at/by,
 * optimistic-lock version) and the listener that stamps it.
 */
package org.openmes.common.persistence;
