package org.openmes.signature.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.openmes.audit.model.ActorKind;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * One signature of one record. Immutable once made (the table refuses changes too): whether it still holds is
 * decided by comparing {@link #getContentHash()} with the record's content now.
 */
@Entity
@Table(name = "electronic_signature")
public class ElectronicSignature extends AuditedEntity {
    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false, length = 60)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "meaning", nullable = false, updatable = false, length = 20)
    private SignatureMeaning meaning;

    @Column(name = "signer", nullable = false, updatable = false, length = 120)
    private String signer;

    @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_kind", nullable = false, updatable = false, length = 20)
    private ActorKind signerKind;

    @Column(name = "kiosk", updatable = false, length = 60)
    private String kiosk;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private OffsetDateTime signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof", nullable = false, updatable = false, length = 30)
    private SignatureProof proof;

    @Column(name = "authenticated_at", nullable = false, updatable = false)
    private OffsetDateTime authenticatedAt;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "comment", updatable = false, length = MAX_COMMENT_LENGTH)
    private String comment;

    protected ElectronicSignature() {
    }

    /** A person's signature ({@link ActorKind#USER}), proven by re-authentication at the OpenID provider. */
    public static ElectronicSignature byUser(RecordReference record, ContentHash content, SignatureMeaning meaning, String signer,
            String signerName, Instant authenticatedAt, Instant signedAt, String comment) {
        return new ElectronicSignature(record, content, meaning, signer, signerName, ActorKind.USER, null,
                SignatureProof.IDP_REAUTHENTICATION, authenticatedAt, signedAt, comment);
    }

    /** An operator's signature at kiosk {@code kiosk} ({@link ActorKind#OPERATOR}), proven by the operator's PIN just now. */
    public static ElectronicSignature byOperator(RecordReference record, ContentHash content, SignatureMeaning meaning, String operator,
            String operatorName, String kiosk, Instant signedAt, String comment) {
        return new ElectronicSignature(record, content, meaning, operator, operatorName, ActorKind.OPERATOR, kiosk,
                SignatureProof.KIOSK_PIN, signedAt, signedAt, comment);
    }

    private ElectronicSignature(RecordReference record, ContentHash content, SignatureMeaning meaning, String signer, String signerName,
            ActorKind signerKind, String kiosk, SignatureProof proof, Instant authenticatedAt, Instant signedAt, String comment) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(content, "content");
        if (meaning == null) {
            throw new InvalidInputException("meaning", "A signature states its meaning: performed, reviewed or approved");
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "A comment has at most " + MAX_COMMENT_LENGTH + " characters");
        }
        if (authenticatedAt.isAfter(signedAt.plus(FreshAuthentication.CLOCK_SKEW))) {
            throw new IllegalArgumentException("identity cannot be proven after the signature: " + authenticatedAt + " > " + signedAt);
        }
        this.recordType = record.type();
        this.recordId = record.id();
        this.contentHash = content.hex();
        this.meaning = meaning;
        this.signer = Objects.requireNonNull(signer, "signer");
        this.signerName = signerName == null || signerName.isBlank() ? signer : signerName;
        this.signerKind = signerKind;
        this.kiosk = kiosk;
        this.proof = proof;
        this.authenticatedAt = authenticatedAt.atOffset(ZoneOffset.UTC);
        this.signedAt = signedAt.atOffset(ZoneOffset.UTC);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Whether the record still has the content that was signed. */
    public boolean holdsFor(ContentHash currentContent) {
        return contentHash.equals(currentContent.hex());
    }

    public Long getId() {
        return id;
    }

    public RecordReference getRecord() {
        return new RecordReference(recordType, recordId);
    }

    public SignatureMeaning getMeaning() {
        return meaning;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignerName() {
        return signerName;
    }

    public ActorKind getSignerKind() {
        return signerKind;
    }

    public String getKiosk() {
        return kiosk;
    }

    public OffsetDateTime getSignedAt() {
        return signedAt;
    }

    public SignatureProof getProof() {
        return proof;
    }

    public OffsetDateTime getAuthenticatedAt() {
        return authenticatedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getComment() {
        return comment;
    }
}
