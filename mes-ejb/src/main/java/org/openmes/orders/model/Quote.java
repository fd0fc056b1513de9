package org.openmes.orders.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.customers.model.Customer;

/**
 * An offer to a customer: lines (part, quantity, price, requested date) valid until a date. Life cycle
 * {@code DRAFT → SENT → APPROVED | REJECTED | EXPIRED}: only a draft's content can change; only a sent quote can be
 * approved or rejected, and only while it is valid; a quote whose validity has lapsed can be marked expired.
 * "Today" is passed in by the caller, so the rules do not read a clock.
 */
@Entity
@Table(name = "quote")
public class Quote extends OrdersEntity {
    public static final int MAX_NOTES_LENGTH = 2000;
    public static final int MAX_LINES = 1000;

    @Column(name = "number", nullable = false, updatable = false, length = Texts.MAX_CODE_LENGTH)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuoteStatus status;

    @Column(name = "notes", length = MAX_NOTES_LENGTH)
    private String notes;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    public Quote(String number, Customer customer, LocalDate validUntil, String notes) {
        this.number = Texts.code("number", number);
        this.customer = requireActive(customer);
        this.validUntil = requireDate(validUntil);
        this.notes = Texts.optional("notes", notes, MAX_NOTES_LENGTH);
        this.status = QuoteStatus.DRAFT;
    }

    /** Replaces the lines of a draft by {@code newLines}, numbered 1, 2, … in the given order. */
    public void replaceLines(List<QuoteLine.Spec> newLines) {
        requireDraft("change the lines of");
        if (newLines == null) {
            throw new InvalidInputException("lines", "is required");
        }
        if (newLines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "a quote has at most " + MAX_LINES + " lines");
        }
        List<QuoteLine> built = new ArrayList<>(newLines.size());
        for (int i = 0; i < newLines.size(); i++) {
            built.add(new QuoteLine(this, i + 1, newLines.get(i), "lines[" + i + "]"));
        }
        lines.clear();
        lines.addAll(built);
    }

    /** Changes customer, validity and notes of a draft. */
    public void changeTerms(Customer newCustomer, LocalDate newValidUntil, String newNotes) {
        requireDraft("change");
        Customer checkedCustomer = newCustomer == customer ? customer : requireActive(newCustomer);
        LocalDate checkedDate = requireDate(newValidUntil);
        String checkedNotes = Texts.optional("notes", newNotes, MAX_NOTES_LENGTH);
        if (checkedCustomer != customer || !checkedDate.equals(validUntil) || !Objects.equals(checkedNotes, notes)) {
            customer = checkedCustomer;
            validUntil = checkedDate;
            notes = checkedNotes;
            markRowChanged();
        }
    }

    /** DRAFT → SENT: the quote goes to the customer; it needs lines and must still be valid. */
    public void send(LocalDate today) {
        requireDraft("send");
        if (lines.isEmpty()) {
            throw new ConflictException("lines", "cannot send " + this + ": it has no lines");
        }
        if (validUntil.isBefore(today)) {
            throw new ConflictException("validUntil", "cannot send " + this + ": it was valid only until " + validUntil);
        }
        moveTo(QuoteStatus.SENT);
    }

    /** SENT → APPROVED: the customer accepted. Refused for a quote that expired or whose validity has lapsed. */
    public void approve(LocalDate today) {
        if (status == QuoteStatus.EXPIRED || (status == QuoteStatus.SENT && validUntil.isBefore(today))) {
            throw new ConflictException("validUntil", "cannot approve " + this + ": it expired (valid until "
                    + validUntil + "); make a new quote");
        }
        requireSent("approve");
        if (!customer.isActive()) {
            throw new ConflictException("customerId", "cannot approve " + this + ": " + customer + " is inactive");
        }
        moveTo(QuoteStatus.APPROVED);
    }

    /** SENT → REJECTED: the customer declined. */
    public void reject() {
        requireSent("reject");
        moveTo(QuoteStatus.REJECTED);
    }

    /** DRAFT or SENT → EXPIRED, once the validity has lapsed. */
    public void expire(LocalDate today) {
        if (status != QuoteStatus.DRAFT && status != QuoteStatus.SENT) {
            throw new ConflictException("status", "cannot expire " + this + ": it is " + status);
        }
        if (!validUntil.isBefore(today)) {
            throw new ConflictException("validUntil", "cannot expire " + this + ": it is valid until " + validUntil);
        }
        moveTo(QuoteStatus.EXPIRED);
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public List<QuoteLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public String toString() {
        return "quote " + number;
    }

    private void moveTo(QuoteStatus next) {
        status = next;
        markRowChanged();
    }

    private void requireDraft(String action) {
        if (status != QuoteStatus.DRAFT) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status
                    + "; only a draft can be");
        }
    }

    private void requireSent(String action) {
        if (status != QuoteStatus.SENT) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status
                    + (status == QuoteStatus.DRAFT ? "; send it first" : ""));
        }
    }

    private static Customer requireActive(Customer customer) {
        if (customer == null) {
            throw new InvalidInputException("customerId", "is required");
        }
        if (!customer.isActive()) {
            throw new ConflictException("customerId", customer + " is inactive");
        }
        return customer;
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("validUntil", "is required");
        }
        return date;
    }
}
