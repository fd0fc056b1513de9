package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.customers.model.Customer;
import org.openmes.customers.model.PaymentTerms;

class QuoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Quote draft(LocalDate validUntil) {
        Quote quote = new Quote("Q-1", new Customer("ACME", "Acme Corp", PaymentTerms.NET_30), validUntil, null);
        quote.replaceLines(List.of(new QuoteLine.Spec(7L, new BigDecimal("10"), new BigDecimal("2.5"), TODAY.plusDays(20))));
        return quote;
    }

    @Test
    void aSentQuoteIsApprovedWhileValid() {
        Quote quote = draft(TODAY);
        quote.send(TODAY);
        quote.approve(TODAY);
        assertEquals(QuoteStatus.APPROVED, quote.getStatus());
    }

    @Test
    void approvingAQuoteWhoseValidityLapsedIsAConflictNamingTheDate() {
        Quote quote = draft(TODAY);
        quote.send(TODAY);
        ConflictException refused = assertThrows(ConflictException.class, () -> quote.approve(TODAY.plusDays(1)));
        assertEquals("validUntil", refused.getField());
        assertEquals(QuoteStatus.SENT, quote.getStatus());
    }

    @Test
    void anExpiredQuoteCannotBeApproved() {
        Quote quote = draft(TODAY.minusDays(1));
        quote.expire(TODAY);
        assertEquals(QuoteStatus.EXPIRED, quote.getStatus());
        ConflictException refused = assertThrows(ConflictException.class, () -> quote.approve(TODAY.minusDays(5)));
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    }

    @Test
    void aDraftMustBeSentBeforeItIsApprovedOrRejected() {
        Quote quote = draft(TODAY);
        assertThrows(ConflictException.class, () -> quote.approve(TODAY));
        assertThrows(ConflictException.class, quote::reject);
        assertEquals(QuoteStatus.DRAFT, quote.getStatus());
    }

    @Test
    void aQuoteWithoutLinesCannotBeSent() {
        Quote quote = new Quote("Q-2", new Customer("ACME", "Acme Corp", PaymentTerms.NET_30), TODAY, null);
        assertEquals("lines", assertThrows(ConflictException.class, () -> quote.send(TODAY)).getField());
    }

    @Test
    void onlyADraftsLinesChange() {
        Quote quote = draft(TODAY);
        quote.send(TODAY);
        assertThrows(ConflictException.class, () -> quote.replaceLines(List.of()));
    }

    @Test
    void aRejectedQuoteIsFinal() {
        Quote quote = draft(TODAY);
        quote.send(TODAY);
        quote.reject();
        assertThrows(ConflictException.class, () -> quote.approve(TODAY));
        assertThrows(ConflictException.class, () -> quote.expire(TODAY.plusDays(10)));
        assertEquals(QuoteStatus.REJECTED, quote.getStatus());
    }

    @Test
    void aQuoteStillValidCannotBeExpired() {
        Quote quote = draft(TODAY);
        assertEquals("validUntil", assertThrows(ConflictException.class, () -> quote.expire(TODAY)).getField());
    }

    @Test
    void aBadLineIsNamedByItsIndex() {
        Quote quote = draft(TODAY);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> quote.replaceLines(List.of(
                new QuoteLine.Spec(7L, BigDecimal.ONE, BigDecimal.ONE, TODAY),
                new QuoteLine.Spec(7L, BigDecimal.ZERO, BigDecimal.ONE, TODAY))));
        assertEquals("lines[1].quantity", refused.getField());
        assertEquals(1, quote.getLines().size(), "the old lines stay when the new ones are refused");
    }

    @Test
    void linesAreNumberedInOrderAndTotalled() {
        Quote quote = draft(TODAY);
        quote.replaceLines(List.of(new QuoteLine.Spec(7L, new BigDecimal("2"), new BigDecimal("1.25"), TODAY),
                new QuoteLine.Spec(8L, new BigDecimal("3"), new BigDecimal("10"), TODAY)));
        assertEquals(List.of(1, 2), quote.getLines().stream().map(QuoteLine::getLineNo).toList());
        assertEquals(0, new BigDecimal("32.5").compareTo(quote.getLines().stream().map(QuoteLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
