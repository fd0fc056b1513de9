package org.openmes.customers.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.openmes.common.Texts;

/** A person to talk to at a trading partner: name, role (buyer, quality…), e-mail and phone. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact extends PartnerDetail {
    public static final int MAX_ROLE_LENGTH = 80;

    @Column(name = "name", nullable = false, length = TradingPartner.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "role", length = MAX_ROLE_LENGTH)
    private String role;

    @Column(name = "email", length = TradingPartner.MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "phone", length = TradingPartner.MAX_PHONE_LENGTH)
    private String phone;

    protected PartnerContact() {
    }

    PartnerContact(TradingPartner partner, String name, String role, String email, String phone) {
        super(partner);
        change(name, role, email, phone);
    }

    /** Sets every field at once (a contact is edited as one row); marks the row changed only on a real change. */
    public void change(String newName, String newRole, String newEmail, String newPhone) {
        String checkedName = Texts.required("contacts.name", newName, TradingPartner.MAX_NAME_LENGTH);
        String checkedRole = Texts.optional("contacts.role", newRole, MAX_ROLE_LENGTH);
        String checkedEmail = TradingPartner.email("contacts.email", newEmail);
        String checkedPhone = Texts.optional("contacts.phone", newPhone, TradingPartner.MAX_PHONE_LENGTH);
        if (!Objects.equals(checkedName, name) || !Objects.equals(checkedRole, role)
                || !Objects.equals(checkedEmail, email) || !Objects.equals(checkedPhone, phone)) {
            name = checkedName;
            role = checkedRole;
            email = checkedEmail;
            phone = checkedPhone;
            markRowChanged();
        }
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
