package org.openmes.security.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * Where a person the MES knows by principal name can be reached: an e-mail address and a mobile number (digits with an
 * optional leading +, as an SMS gateway takes them). The identity provider owns the account; the MES keeps only these,
 * for andon notifications. At least one of the two is set.
 */
@Entity
@Table(name = "security_user_contact")
public class UserContact extends AuditedEntity {
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "principal_name", nullable = false, updatable = false, length = CallerIdentity.MAX_NAME_LENGTH)
    private String principalName;

    @Column(name = "email", length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    protected UserContact() {
    }

    public UserContact(String principalName, String email, String phone) {
        this.principalName = Names.required("principalName", principalName, CallerIdentity.MAX_NAME_LENGTH);
        change(email, phone);
    }

    /** New contact details; blank means none. */
    public final void change(String email, String phone) {
        String newEmail = blankToNull(email);
        String newPhone = blankToNull(phone);
        if (newEmail != null && (newEmail.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(newEmail).matches())) {
            throw new InvalidInputException("email", "Not an e-mail address: '" + newEmail + "'");
        }
        if (newPhone != null && !PHONE.matcher(newPhone).matches()) {
            throw new InvalidInputException("phone", "A mobile number is 3 to 20 digits with an optional leading +, no spaces: '" + newPhone + "'");
        }
        if (newEmail == null && newPhone == null) {
            throw new InvalidInputException("email", "Give an e-mail address or a mobile number (or remove the contact)");
        }
        this.email = newEmail;
        this.phone = newPhone;
        markRowChanged();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
