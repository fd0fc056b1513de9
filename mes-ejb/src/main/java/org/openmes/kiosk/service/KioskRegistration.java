package org.openmes.kiosk.service;

import java.time.OffsetDateTime;

/** A kiosk and the one-time code that enrols its device; the code is shown this once and never stored in clear. */
public record KioskRegistration(KioskDto kiosk, String enrolmentCode, OffsetDateTime enrolmentExpiresAt) {
}
