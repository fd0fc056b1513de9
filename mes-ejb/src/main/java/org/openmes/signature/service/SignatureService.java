package org.openmes.signature.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.audit.model.Actor;
import org.openmes.audit.model.ActorKind;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.Caller;
import org.openmes.kiosk.service.KioskSignInService;
import org.openmes.kiosk.service.OperatorSignIn;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.signature.model.ContentHash;
import org.openmes.signature.model.ElectronicSignature;
import org.openmes.signature.model.FreshAuthentication;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.model.SignatureRefusedException;

/**
 * Electronic signatures of any signable record ({@link SignableRecords}). Signing takes two steps because identity
 * must be proven at the moment of signing: {@link #startSigning} prepares a request to the OpenID provider for a fresh
 * login, and {@link #completeSigning} checks the provider's answer and records the signature, hashed to the record's
 * content as it is at that moment.
 */
@Stateless
@RequiresPermission(Permission.SIGNATURE_SIGN)
public class SignatureService {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long the signer has to sign in again at the provider. */
    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private SignableRecords signableRecords;

    @Inject
    private IdentityProviderReauthentication provider;

    @EJB
    private KioskSignInService kioskSignIn;

    @Inject
    @ConfigProperty(name = "mes.signature.require-auth-time", defaultValue = "true")
    private boolean authTimeRequired;

    /** Where the provider sends the signer back; registered with the provider as a redirect URI of the MES client. */
    @Inject
    @ConfigProperty(name = "mes.signature.redirect-uri")
    private URI redirectUri;

    /**
     * Prepares the signing of {@code record} with {@code meaning} by the caller: the record must exist and be
     * signable. The browser goes to {@link SigningChallenge#authorizationUri()}; the provider sends it back to
     * {@code mes.signature.redirect-uri}.
     */
    public SigningChallenge startSigning(RecordReference record, SignatureMeaning meaning, String comment) {
        String signer = signedInUser();
        requireMeaningAndComment(meaning, comment);
        signableRecords.currentContent(entityManager, record);
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        return new SigningChallenge(record, meaning, comment, signer, Instant.now(), state, nonce, verifier, redirectUri,
                provider.authorizationUri(state, nonce, verifier, redirectUri));
    }

    /**
     * Records the signature of {@code challenge} if the provider's answer ({@code state}, {@code code}) proves that the
     * signed-in user signed in again just now; otherwise nothing is recorded and the refusal says why.
     */
    public SignatureDto completeSigning(SigningChallenge challenge, String state, String code) {
        if (challenge == null || !challenge.state().equals(state)) {
            throw new SignatureRefusedException("This answer of the OpenID provider belongs to no signing under way here");
        }
        if (!challenge.signer().equals(signedInUser())) {
            throw new SignatureRefusedException("The signing was started by " + challenge.signer() + ", not by the signed-in user");
        }
        Instant now = Instant.now();
        if (challenge.startedAt().plus(CHALLENGE_LIFETIME).isBefore(now)) {
            throw new SignatureRefusedException("The signing was started more than " + CHALLENGE_LIFETIME.toMinutes()
                    + " minutes ago; start it again");
        }
        if (code == null || code.isBlank()) {
            throw new SignatureRefusedException("The OpenID provider did not confirm the sign-in");
        }
        FreshAuthentication authentication = provider.redeem(challenge, code);
        Instant authenticatedAt = authentication.verify(challenge.startedAt(), authTimeRequired);
        ContentHash content = signableRecords.currentContent(entityManager, challenge.record());
        ElectronicSignature signature = ElectronicSignature.byUser(challenge.record(), content, challenge.meaning(), challenge.signer(),
                challenge.signer(), authenticatedAt, now, challenge.comment());
        entityManager.persist(signature);
        entityManager.flush();
        return toDto(signature, true);
    }

    /**
     * Signs {@code recordType}/{@code recordId} as the operator signed in at a kiosk, proven by the operator's PIN
     * typed just now (a wrong PIN counts towards the badge's lockout). Only at a kiosk: a browser user proves identity
     * at the OpenID provider instead ({@link #startSigning}).
     */
    public SignatureDto signAtKiosk(String recordType, String recordId, SignatureMeaning meaning, String comment, String pin) {
        Actor operator = Actor.ofCaller();
        if (operator.kind() != ActorKind.OPERATOR) {
            throw new SignatureRefusedException("Signing with a PIN is for operators signed in at a kiosk");
        }
        RecordReference record = new RecordReference(recordType, recordId);
        requireMeaningAndComment(meaning, comment);
        ContentHash content = signableRecords.currentContent(entityManager, record);
        OperatorSignIn proof = kioskSignIn.confirmPin(operator.kiosk(), pin);
        if (!proof.accepted()) {
            throw new SignatureRefusedException(proof.message());
        }
        ElectronicSignature signature = ElectronicSignature.byOperator(record, content, meaning, operator.name(), proof.displayName(),
                operator.kiosk(), Instant.now(), comment);
        entityManager.persist(signature);
        entityManager.flush();
        return toDto(signature, true);
    }

    /**
     * Every signature of {@code record}, oldest first, each saying whether the record still has the signed content.
     * Shown wherever the record is shown, so it needs the right to see the record: plant nodes are the signable
     * records so far, hence plant.view.
     */
    @RequiresPermission(Permission.PLANT_VIEW)
    public List<SignatureDto> signaturesOf(String recordType, String recordId) {
        RecordReference record = new RecordReference(recordType, recordId);
        ContentHash current = signableRecords.currentContent(entityManager, record);
        return entityManager.createQuery("select s from ElectronicSignature s where s.recordType = :type and s.recordId = :id order by s.id",
                        ElectronicSignature.class)
                .setParameter("type", record.type())
                .setParameter("id", record.id())
                .getResultStream()
                .map(signature -> toDto(signature, signature.holdsFor(current)))
                .toList();
    }

    private static void requireMeaningAndComment(SignatureMeaning meaning, String comment) {
        if (meaning == null) {
            throw new InvalidInputException("meaning", "Choose what the signature means: performed, reviewed or approved");
        }
        if (comment != null && comment.length() > ElectronicSignature.MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "A comment has at most " + ElectronicSignature.MAX_COMMENT_LENGTH + " characters");
        }
    }

    private String signedInUser() {
        return Caller.principalName().orElseThrow(() -> new SignatureRefusedException("Only a signed-in user can sign"));
    }

    private static SignatureDto toDto(ElectronicSignature signature, boolean valid) {
        return new SignatureDto(signature.getId(), signature.getRecord().type(), signature.getRecord().id(), signature.getMeaning().name(),
                signature.getMeaning().label(), signature.getSigner(), signature.getSignerName(), signature.getSignerKind().name(),
                signature.getKiosk(), signature.getSignedAt(), signature.getProof().name(), signature.getAuthenticatedAt(),
                signature.getComment(), valid);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
