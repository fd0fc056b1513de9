/**
 * Vocabulary shared by the shop-floor contexts (telemetry, downtime, OEE, andon): the downtime category and the andon
 * priority a fault of the telemetry fault catalog is assigned, which downtime accounting and andon calls take over.
 * Only enums live here; the rules that use them stay in their contexts.
 */
package org.openmes.common.shopfloor;
