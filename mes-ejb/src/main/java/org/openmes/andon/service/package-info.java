/**
 * Andon services: raising, acknowledging, resolving and escalating calls ({@link org.openmes.andon.service.AndonService}),
 * escalation rules, and the escalation itself on persistent EJB timers ({@link org.openmes.andon.service.Escalations},
 * {@link org.openmes.andon.service.EscalationTimers}), which is system work without a caller.
 */
package org.openmes.andon.service;
