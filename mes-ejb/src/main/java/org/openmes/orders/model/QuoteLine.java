package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openmes.common.InvalidInputException;

/** A line of a quote: which part, how many, at what unit price, wanted by when. Immutable: a draft replaces its lines. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PricedLine {

    /** What a line is made of, as the input gives it; checked when the line is built. */
    public record Spec(Long partId, BigDecimal quantity, BigDecimal unitPrice, LocalDate requestedDate) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false, updatable = false)
    private Quote quote;

    @Column(name = "requested_date", nullable = false, updatable = false)
    private LocalDate requestedDate;

    protected QuoteLine() {
    }

    /** @param field the input path of the line, such as {@code lines[2]}, for messages */
    QuoteLine(Quote quote, int lineNo, Spec spec, String field) {
        super(lineNo, checked(spec, field).partId(), Quantities.positive(field + ".quantity", spec.quantity()),
                Quantities.price(field + ".unitPrice", spec.unitPrice()));
        this.quote = quote;
        this.requestedDate = spec.requestedDate();
    }

    private static Spec checked(Spec spec, String field) {
        if (spec == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (spec.partId() == null) {
            throw new InvalidInputException(field + ".partId", "is required");
        }
        if (spec.requestedDate() == null) {
            throw new InvalidInputException(field + ".requestedDate", "is required");
        }
        return spec;
    }

    public Quote getQuote() {
        return quote;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }
}
