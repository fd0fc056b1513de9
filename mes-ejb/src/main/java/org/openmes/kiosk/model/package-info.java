/**
 * Kiosks (registered shop-floor devices bound to a place of the plant, enrolled once with a one-time code) and the
 * badges operators sign in with there (badge number and PIN, locked after repeated wrong PINs).
 */
package org.openmes.kiosk.model;
