package org.openmes.customers.model;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.openmes.common.persistence.AuditedEntity;

/** Base of what belongs to one trading partner and goes with it (contacts, addresses): its id and its partner. */
@MappedSuperclass
public abstract class PartnerDetail extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private TradingPartner partner;

    protected PartnerDetail() {
    }

    protected PartnerDetail(TradingPartner partner) {
        this.partner = partner;
    }

    public Long getId() {
        return id;
    }

    public TradingPartner getPartner() {
        return partner;
    }
}
