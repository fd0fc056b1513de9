/** REST adapter for registering kiosks (with their one-time enrolment codes) and issuing operator badges. */
package org.openmes.kiosk.rest;
