package org.openmes.customers.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.StaleVersionException;
import org.openmes.common.Texts;
import org.openmes.common.persistence.Writes;
import org.openmes.common.persistence.PagedQuery;
import org.openmes.customers.model.Customer;
import org.openmes.customers.model.PartnerAddress;
import org.openmes.customers.model.PartnerContact;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.model.Supplier;
import org.openmes.customers.model.TradingPartner;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Customers and suppliers: create, read, list, update (including contacts and addresses, and taking a partner out of
 * business with {@code active = false}). A partner is never deleted: quotes, orders and purchase orders refer to it.
 * Reading needs {@code order.view}, changing {@code order.edit}.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class PartnerService {
    private static final List<String> SORTABLE = List.of("code", "name", "paymentTerms", "active", "createdAt", "updatedAt");

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @RequiresPermission(Permission.ORDER_EDIT)
    public PartnerDto create(PartnerKind kind, PartnerDto draft) {
        requireKind(kind);
        requireDraft(draft);
        TradingPartner partner = kind == PartnerKind.CUSTOMER
                ? new Customer(draft.getCode(), draft.getName(), draft.getPaymentTerms())
                : new Supplier(draft.getCode(), draft.getName(), draft.getPaymentTerms());
        checkCodeIsFree(kind, partner.getCode(), null);
        partner.changeReach(draft.getEmail(), draft.getPhone());
        partner.setActive(!Boolean.FALSE.equals(draft.getActive()));
        applyContacts(partner, draft.getContacts());
        applyAddresses(partner, draft.getAddresses());
        em.persist(partner);
        flush(kind, partner.getCode());
        return toDto(partner);
    }

    public PartnerDto get(PartnerKind kind, long id) {
        return toDto(load(kind, id));
    }

    /**
     * Updates partner {@code id} to {@code draft}, whose version must be the stored one; contacts and addresses are
     * replaced by the draft's lists (matched by id).
     */
    @RequiresPermission(Permission.ORDER_EDIT)
    public PartnerDto update(PartnerKind kind, long id, PartnerDto draft) {
        requireKind(kind);
        requireDraft(draft);
        TradingPartner partner = load(kind, id);
        if (draft.getVersion() == null) {
            throw new InvalidInputException("version", "is required to update a " + kind.label()
                    + ": send the version you edited (or an If-Match header)");
        }
        if (draft.getVersion() != partner.getVersion()) {
            throw new StaleVersionException(kind.label(), id, draft.getVersion(), partner.getVersion());
        }
        String code = Texts.code("code", draft.getCode());
        if (!code.equals(partner.getCode())) {
            checkCodeIsFree(kind, code, partner.getId());
        }
        partner.changeCode(code);
        partner.rename(draft.getName());
        partner.changeReach(draft.getEmail(), draft.getPhone());
        partner.changePaymentTerms(draft.getPaymentTerms());
        if (draft.getActive() == null) {
            throw new InvalidInputException("active", "is required");
        }
        partner.setActive(draft.getActive());
        applyContacts(partner, draft.getContacts());
        applyAddresses(partner, draft.getAddresses());
        flush(kind, code);
        return toDto(partner);
    }

    /** A page of partners of one kind, filtered and sorted (code, name, paymentTerms, active, createdAt, updatedAt). */
    public Page<PartnerDto> find(PartnerFilter filter, PageRequest page) {
        if (filter == null || filter.kind() == null) {
            throw new InvalidInputException("kind", "is required: customers or suppliers");
        }
        Page<? extends TradingPartner> found = new PagedQuery<>(em, typeOf(filter.kind()), "")
                .and("e.active = :active", "active", filter.active())
                .containing(filter.text(), "code", "name")
                .page(page, SORTABLE, "code");
        return new Page<>(found.getItems().stream().map(PartnerService::summary).toList(), found.getPage(),
                found.getSize(), found.getTotal());
    }

    private TradingPartner load(PartnerKind kind, long id) {
        requireKind(kind);
        TradingPartner partner = em.find(typeOf(kind), id);
        if (partner == null) {
            throw new NotFoundException(kind.label(), id);
        }
        return partner;
    }

    private static Class<? extends TradingPartner> typeOf(PartnerKind kind) {
        return kind == PartnerKind.CUSTOMER ? Customer.class : Supplier.class;
    }

    private void checkCodeIsFree(PartnerKind kind, String code, Long exceptId) {
        List<Long> holders = em.createQuery("select p.id from TradingPartner p where p.kind = :kind and p.code = :code",
                        Long.class)
                .setParameter("kind", kind).setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw duplicate(kind, code);
        }
    }

    private void flush(PartnerKind kind, String code) {
        Writes.flushRecord(em, "the " + kind.label() + " " + code, () -> duplicate(kind, code));
    }

    /** The code is taken, or (the only other unique key) an address label is used twice. */
    private static ConflictException duplicate(PartnerKind kind, String code) {
        return new ConflictException("code", "a " + kind.label() + " with code " + code
                + " already exists, or two of its addresses have the same label");
    }

    private static void applyContacts(TradingPartner partner, List<ContactDto> drafts) {
        Map<Long, PartnerContact> existing = new HashMap<>();
        partner.getContacts().forEach(c -> existing.put(c.getId(), c));
        Set<Long> kept = new HashSet<>();
        List<ContactDto> added = new ArrayList<>();
        for (ContactDto draft : drafts == null ? List.<ContactDto>of() : drafts) {
            if (draft == null) {
                throw new InvalidInputException("contacts", "must not contain null");
            }
            if (draft.getId() == null) {
                added.add(draft);
                continue;
            }
            PartnerContact contact = existing.get(draft.getId());
            if (contact == null || !kept.add(draft.getId())) {
                throw new InvalidInputException("contacts.id", partner + " has no contact " + draft.getId()
                        + " (or it is listed twice); leave the id out to add a contact");
            }
            contact.change(draft.getName(), draft.getRole(), draft.getEmail(), draft.getPhone());
        }
        existing.forEach((id, contact) -> {
            if (!kept.contains(id)) {
                partner.removeContact(contact);
            }
        });
        added.forEach(d -> partner.addContact(d.getName(), d.getRole(), d.getEmail(), d.getPhone()));
    }

    /** Removals first, then changes, then additions: a label freed by one may be taken by another. */
    private static void applyAddresses(TradingPartner partner, List<AddressDto> drafts) {
        List<AddressDto> items = drafts == null ? List.of() : drafts;
        Map<Long, PartnerAddress> existing = new HashMap<>();
        partner.getAddresses().forEach(a -> existing.put(a.getId(), a));
        Set<Long> kept = new HashSet<>();
        for (AddressDto draft : items) {
            if (draft == null) {
                throw new InvalidInputException("addresses", "must not contain null");
            }
            if (draft.getId() != null && (!existing.containsKey(draft.getId()) || !kept.add(draft.getId()))) {
                throw new InvalidInputException("addresses.id", partner + " has no address " + draft.getId()
                        + " (or it is listed twice); leave the id out to add an address");
            }
        }
        existing.forEach((id, address) -> {
            if (!kept.contains(id)) {
                partner.removeAddress(address);
            }
        });
        for (AddressDto draft : items) {
            if (draft.getId() != null) {
                PartnerAddress address = existing.get(draft.getId());
                address.relabel(draft.getLabel());
                address.place(draft.getStreet(), draft.getCity(), draft.getPostalCode(), draft.getCountryCode());
            }
        }
        for (AddressDto draft : items) {
            if (draft.getId() == null) {
                partner.addAddress(draft.getLabel(), draft.getStreet(), draft.getCity(), draft.getPostalCode(),
                        draft.getCountryCode());
            }
        }
    }

    private static void requireKind(PartnerKind kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required: customers or suppliers");
        }
    }

    private static void requireDraft(PartnerDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a partner is required");
        }
    }

    /** A list row: the partner without its contacts and addresses (the detail read has them). */
    private static PartnerDto summary(TradingPartner partner) {
        PartnerDto dto = new PartnerDto();
        dto.setId(partner.getId());
        dto.setKind(partner.getKind());
        dto.setCode(partner.getCode());
        dto.setName(partner.getName());
        dto.setEmail(partner.getEmail());
        dto.setPhone(partner.getPhone());
        dto.setPaymentTerms(partner.getPaymentTerms());
        dto.setActive(partner.isActive());
        dto.setVersion(partner.getVersion());
        dto.setCreatedAt(partner.getCreatedAt());
        dto.setCreatedBy(partner.getCreatedBy());
        dto.setUpdatedAt(partner.getUpdatedAt());
        dto.setUpdatedBy(partner.getUpdatedBy());
        return dto;
    }

    private static PartnerDto toDto(TradingPartner partner) {
        PartnerDto dto = summary(partner);
        dto.setContacts(new ArrayList<>(partner.getContacts().stream().map(c -> {
            ContactDto contact = new ContactDto();
            contact.setId(c.getId());
            contact.setName(c.getName());
            contact.setRole(c.getRole());
            contact.setEmail(c.getEmail());
            contact.setPhone(c.getPhone());
            return contact;
        }).toList()));
        dto.setAddresses(new ArrayList<>(partner.getAddresses().stream().map(a -> {
            AddressDto address = new AddressDto();
            address.setId(a.getId());
            address.setLabel(a.getLabel());
            address.setStreet(a.getStreet());
            address.setCity(a.getCity());
            address.setPostalCode(a.getPostalCode());
            address.setCountryCode(a.getCountryCode());
            return address;
        }).toList()));
        return dto;
    }
}
