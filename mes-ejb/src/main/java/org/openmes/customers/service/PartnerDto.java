package org.openmes.customers.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.model.PaymentTerms;

/**
 * A customer or supplier as adapters see it: input of create/update and output of reads. Contacts and addresses
 * travel with it; on update the lists are the full new state (an item without id is added, one left out removed).
 * Read-only fields (id, kind, audit stamps) are ignored on input.
 */
public class PartnerDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private PartnerKind kind;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
            message = "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    @NotNull
    private PaymentTerms paymentTerms;

    /** A Boolean, so that a JSON value other than true/false is refused instead of read as false. */
    @NotNull
    private Boolean active = Boolean.TRUE;

    @Valid
    private List<ContactDto> contacts = new ArrayList<>();

    @Valid
    private List<AddressDto> addresses = new ArrayList<>();

    /** Version the client edited; required for updates (or given as an If-Match ETag). */
    private Long version;

    private OffsetDateTime createdAt;
    private String createdBy;
    private OffsetDateTime updatedAt;
    private String updatedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public PaymentTerms getPaymentTerms() { return paymentTerms; }
    public void setPaymentTerms(PaymentTerms paymentTerms) { this.paymentTerms = paymentTerms; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public List<ContactDto> getContacts() { return contacts; }
    public void setContacts(List<ContactDto> contacts) { this.contacts = contacts; }
    public List<AddressDto> getAddresses() { return addresses; }
    public void setAddresses(List<AddressDto> addresses) { this.addresses = addresses; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
