/**
 * Registering and enrolling kiosks, managing operator badges, and checking an operator's badge and PIN at a
 * recognised kiosk. Issuing the kiosk session itself is the web tier's (a token the server then authenticates).
 */
package org.openmes.kiosk.service;
