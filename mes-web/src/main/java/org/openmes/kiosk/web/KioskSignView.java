package org.openmes.kiosk.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.service.SignatureDto;
import org.openmes.signature.service.SignatureService;

/**
 * The kiosk's signing dialog for any signable record ({@code ?recordType=…&recordId=…}): the signed-in operator
 * chooses the meaning and proves who they are with their PIN. Shop-floor screens (checklists, downtime) link here.
 */
@Named
@RequestScoped
public class KioskSignView {
    private static final String FORM = "signForm";

    @EJB
    private SignatureService signatureService;

    private String recordType;
    private String recordId;
    private SignatureMeaning meaning;
    private String comment;
    private String pin;
    private SignatureDto signature;

    public void sign() {
        String typed = pin;
        pin = null;
        ActionFeedback.run(FORM, () -> {
            signature = signatureService.signAtKiosk(recordType, recordId, meaning, comment, typed);
            ActionFeedback.info(signature.meaningLabel() + " by " + signature.signerName() + " at " + signature.signedAt() + " (UTC)");
        });
    }

    public SignatureMeaning[] getMeanings() {
        return SignatureMeaning.values();
    }

    /** The signature just made, or null. */
    public SignatureDto getSignature() {
        return signature;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public SignatureMeaning getMeaning() {
        return meaning;
    }

    public void setMeaning(SignatureMeaning meaning) {
        this.meaning = meaning;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }
}
