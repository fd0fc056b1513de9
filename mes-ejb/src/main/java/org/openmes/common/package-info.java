/**
 * Shared kernel of the MES: the exceptions every bounded context throws for the adapters to map
 * (404 / 400 / 409, and 401 / 403 for access refused), and paging types used by list queries. Keep it small: a concept that belongs to
 * one context lives in that context's package.
 */
package org.openmes.common;
