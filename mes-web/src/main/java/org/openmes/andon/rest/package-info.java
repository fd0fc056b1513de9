/** REST adapter of andon: calls, their history and escalation rules under {@code /api/andon}. */
package org.openmes.andon.rest;
