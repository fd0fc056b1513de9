package org.openmes.signature.service;

import java.time.OffsetDateTime;

/**
 * A signature's manifestation, as shown wherever its record is shown: who, when (UTC), what it means, and whether it
 * still holds ({@code valid} is false once the record changed after signing).
 */
public record SignatureDto(long id, String recordType, String recordId, String meaning, String meaningLabel, String signer,
        String signerName, String signerKind, String kiosk, OffsetDateTime signedAt, String proof, OffsetDateTime authenticatedAt,
        String comment, boolean valid) {
}
