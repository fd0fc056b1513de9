/**
 * The kiosk's pages: enrolment of a device, the operator's badge-and-PIN sign-in, the operator's home with "switch
 * operator" and sign-out when idle; and the kiosk session (a signed JWT in a cookie the server authenticates).
 */
package org.openmes.kiosk.web;
