package org.openmes.security.service;

import org.openmes.security.model.UserContact;

/** A person's contact details for andon notifications; version for the optimistic check on change (null when new). */
public record UserContactDto(String principalName, String email, String phone, Long version) {

    static UserContactDto of(UserContact contact) {
        return new UserContactDto(contact.getPrincipalName(), contact.getEmail(), contact.getPhone(), contact.getVersion());
    }
}
