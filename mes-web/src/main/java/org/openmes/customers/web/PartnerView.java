package org.openmes.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.model.PaymentTerms;
import org.openmes.customers.service.AddressDto;
import org.openmes.customers.service.ContactDto;
import org.openmes.customers.service.PartnerDto;
import org.openmes.customers.service.PartnerFilter;
import org.openmes.customers.service.PartnerService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;

/**
 * Backing bean of {@code /partners.xhtml}: the customers or suppliers ({@code ?kind=suppliers}; customers
 * otherwise) in a filtered, sorted, paged list, and the selected (or new) one in a form with its contacts and
 * addresses, saved as a whole with a version check.
 */
@Named
@ViewScoped
public class PartnerView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "partnerForm";

    @EJB
    private PartnerService partners;

    private PartnerKind kind = PartnerKind.CUSTOMER;
    private String text;
    private Boolean active;
    private PartnerDto partner;
    private final PagedModel<PartnerDto> list = new PagedModel<>(
            request -> partners.find(new PartnerFilter(kind, active, text), request), PartnerDto::getId);

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
        kind = "suppliers".equals(requested) ? PartnerKind.SUPPLIER : PartnerKind.CUSTOMER;
    }

    /** Opens the partner of a list row for editing. */
    public void open(long id) {
        ActionFeedback.run(FORM, () -> partner = partners.get(kind, id));
    }

    public void newPartner() {
        partner = new PartnerDto();
        partner.setPaymentTerms(PaymentTerms.NET_30);
    }

    public void save() {
        ActionFeedback.run(FORM, () -> {
            boolean created = partner.getId() == null;
            partner = created ? partners.create(kind, partner) : partners.update(kind, partner.getId(), partner);
            ActionFeedback.info((created ? "Created " : "Saved ") + kind.label() + " " + partner.getCode());
        });
    }

    public void addContact() {
        partner.getContacts().add(new ContactDto());
    }

    public void removeContact(ContactDto contact) {
        partner.getContacts().remove(contact);
    }

    public void addAddress() {
        partner.getAddresses().add(new AddressDto());
    }

    public void removeAddress(AddressDto address) {
        partner.getAddresses().remove(address);
    }

    public String getTitle() {
        return kind == PartnerKind.SUPPLIER ? "Suppliers" : "Customers";
    }

    public String getKindParameter() {
        return kind == PartnerKind.SUPPLIER ? "suppliers" : "customers";
    }

    public String getKindLabel() {
        return kind.label();
    }

    public List<PaymentTerms> getPaymentTerms() {
        return List.of(PaymentTerms.values());
    }

    public PagedModel<PartnerDto> getList() {
        return list;
    }

    public PartnerDto getPartner() {
        return partner;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
