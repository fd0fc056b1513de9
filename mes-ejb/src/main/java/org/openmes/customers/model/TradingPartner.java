package org.openmes.customers.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A customer or supplier: code (unique per kind; the service checks it, a unique constraint backs it), name, how to
 * reach it, payment terms, and whether it is in business with the plant. Contacts and addresses belong to it and go
 * with it; their labels (addresses) are unique per partner. Fields are assigned only on a real change, and each
 * such assignment marks the row as changed, so saving an unchanged form does not bump the version.
 */
@Entity
@Table(name = "trading_partner")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class TradingPartner extends AuditedEntity {
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The discriminator, mapped read-only so that queries can filter on it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, insertable = false, updatable = false)
    private PartnerKind kind;

    @Column(name = "code", nullable = false, length = Texts.MAX_CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "email", length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "phone", length = MAX_PHONE_LENGTH)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms", nullable = false, length = 20)
    private PaymentTerms paymentTerms;

    @Column(name = "active", nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PartnerContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PartnerAddress> addresses = new ArrayList<>();

    protected TradingPartner() {
    }

    protected TradingPartner(PartnerKind kind, String code, String name, PaymentTerms paymentTerms) {
        this.kind = kind;
        this.code = Texts.code("code", code);
        this.name = Texts.required("name", name, MAX_NAME_LENGTH);
        this.paymentTerms = requireTerms(paymentTerms);
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public PaymentTerms getPaymentTerms() {
        return paymentTerms;
    }

    public boolean isActive() {
        return active;
    }

    public List<PartnerContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<PartnerAddress> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }

    /** Gives the partner a new code; the caller checks no other partner of its kind has it. */
    public void changeCode(String newCode) {
        String checked = Texts.code("code", newCode);
        if (!checked.equals(code)) {
            code = checked;
            markRowChanged();
        }
    }

    public void rename(String newName) {
        String checked = Texts.required("name", newName, MAX_NAME_LENGTH);
        if (!checked.equals(name)) {
            name = checked;
            markRowChanged();
        }
    }

    /** Sets e-mail and phone; blank clears them. */
    public void changeReach(String newEmail, String newPhone) {
        String checkedEmail = email("email", newEmail);
        String checkedPhone = Texts.optional("phone", newPhone, MAX_PHONE_LENGTH);
        if (!Objects.equals(checkedEmail, email) || !Objects.equals(checkedPhone, phone)) {
            email = checkedEmail;
            phone = checkedPhone;
            markRowChanged();
        }
    }

    public void changePaymentTerms(PaymentTerms newTerms) {
        PaymentTerms checked = requireTerms(newTerms);
        if (checked != paymentTerms) {
            paymentTerms = checked;
            markRowChanged();
        }
    }

    /** Puts the partner in or out of business; its records and history stay. */
    public void setActive(boolean newActive) {
        if (newActive != active) {
            active = newActive;
            markRowChanged();
        }
    }

    public PartnerContact addContact(String contactName, String role, String contactEmail, String contactPhone) {
        PartnerContact contact = new PartnerContact(this, contactName, role, contactEmail, contactPhone);
        contacts.add(contact);
        return contact;
    }

    public void removeContact(PartnerContact contact) {
        contacts.remove(contact);
    }

    /** Adds an address; its label must be unique among the partner's addresses. */
    public PartnerAddress addAddress(String label, String street, String city, String postalCode, String countryCode) {
        PartnerAddress address = new PartnerAddress(this, label, street, city, postalCode, countryCode);
        checkLabelIsFree(address.getLabel(), address);
        addresses.add(address);
        return address;
    }

    public void removeAddress(PartnerAddress address) {
        addresses.remove(address);
    }

    /** The address with the given label, or null. */
    public PartnerAddress address(String label) {
        return addresses.stream().filter(a -> a.getLabel().equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst().orElse(null);
    }

    void checkLabelIsFree(String label, PartnerAddress except) {
        for (PartnerAddress other : addresses) {
            if (other != except && other.getLabel().equalsIgnoreCase(label)) {
                throw new ConflictException("addresses.label", this + " already has an address labelled '" + label + "'");
            }
        }
    }

    /** The partner in the plant's words, for messages: "customer ACME". */
    @Override
    public String toString() {
        return getKind().label() + " " + code;
    }

    private static PaymentTerms requireTerms(PaymentTerms terms) {
        if (terms == null) {
            throw new InvalidInputException("paymentTerms", "is required");
        }
        return terms;
    }

    /** An e-mail address at least of the form something@domain; blank means none. */
    static String email(String field, String value) {
        String checked = Texts.optional(field, value, MAX_EMAIL_LENGTH);
        if (checked != null && !checked.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException(field, "'" + checked + "' is not an e-mail address");
        }
        return checked;
    }
}
