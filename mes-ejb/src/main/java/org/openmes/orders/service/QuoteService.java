package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.persistence.Writes;
import org.openmes.common.persistence.PagedQuery;
import org.openmes.customers.model.Customer;
import org.openmes.orders.model.CustomerOrder;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.Quote;
import org.openmes.orders.model.QuoteLine;
import org.openmes.orders.model.QuoteStatus;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Quotes: create and edit drafts, send, reject, expire, and approve. Approving is the quote-to-production step: in
 * one transaction it approves the quote, makes the customer order (one line per quote line, due on the requested
 * date) and one manufacturing order per line of a part made in-house, with the operations of the part's routing.
 * Every line is checked before anything is written; a refusal names the line and leaves nothing behind.
 * "Today" is the server's date in UTC.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class QuoteService {
    private static final String RECORD_TYPE = "quote";
    private static final List<String> SORTABLE = List.of("number", "validUntil", "status", "createdAt", "updatedAt");

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    PartCatalog parts;

    @Inject
    OrderViews views;

    @RequiresPermission(Permission.ORDER_EDIT)
    public QuoteDto create(QuoteDto draft) {
        requireDraft(draft);
        Map<Long, PartFacts> facts = checkedParts(draft.getLines());
        Quote quote = new Quote(DocumentNumbers.next(em, DocumentNumbers.QUOTE), customer(draft.getCustomerId()),
                draft.getValidUntil(), draft.getNotes());
        quote.replaceLines(specs(draft.getLines()));
        em.persist(quote);
        Writes.flushRecord(em, quote.toString(), () -> new ConflictException("number", quote + " exists already; try again"));
        return views.quote(quote, facts, null);
    }

    public QuoteDto get(long id) {
        Quote quote = load(id);
        return views.quote(quote, parts.facts(partIds(quote)), orderOf(quote));
    }

    /** Changes a draft: customer, validity, notes and the full list of lines. */
    @RequiresPermission(Permission.ORDER_EDIT)
    public QuoteDto update(long id, QuoteDto draft) {
        requireDraft(draft);
        Quote quote = load(id);
        checkVersion(quote, draft.getVersion());
        Map<Long, PartFacts> facts = checkedParts(draft.getLines());
        Customer customer = quote.getCustomer().getId().equals(draft.getCustomerId()) ? quote.getCustomer()
                : customer(draft.getCustomerId());
        quote.changeTerms(customer, draft.getValidUntil(), draft.getNotes());
        quote.replaceLines(specs(draft.getLines()));
        flush(quote);
        return views.quote(quote, facts, null);
    }

    public Page<QuoteDto> find(QuoteFilter filter, PageRequest page) {
        QuoteFilter f = filter == null ? new QuoteFilter(null, null, null) : filter;
        Page<Quote> found = new PagedQuery<>(em, Quote.class, "join fetch e.customer")
                .and("e.status = :status", "status", f.status())
                .and("e.customer.id = :customerId", "customerId", f.customerId())
                .containing(f.text(), "number")
                .page(page, SORTABLE, "number");
        return new Page<>(found.getItems().stream().map(views::quoteSummary).toList(), found.getPage(),
                found.getSize(), found.getTotal());
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public QuoteDto send(long id, Long version) {
        return change(id, version, quote -> quote.send(today()));
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public QuoteDto reject(long id, Long version) {
        return change(id, version, quote -> quote.reject());
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public QuoteDto expire(long id, Long version) {
        return change(id, version, quote -> quote.expire(today()));
    }

    /**
     * Approves sent quote {@code id} and makes its customer order and manufacturing orders, all or nothing. The quote
     * is locked for the approval, so two approvals of one quote cannot both make orders.
     */
    @RequiresPermission(Permission.ORDER_APPROVE)
    public ApprovalDto approve(long id, Long version, ApprovalRequest request) {
        ApprovalRequest options = request == null ? new ApprovalRequest() : request;
        int priority = options.getPriority() == null ? ManufacturingOrder.DEFAULT_PRIORITY : options.getPriority();
        Quote quote = em.find(Quote.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (quote == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        checkVersion(quote, version);
        quote.approve(today());
        Map<Long, PartFacts> facts = parts.facts(partIds(quote));
        List<QuoteLine> makeLines = new ArrayList<>();
        for (int i = 0; i < quote.getLines().size(); i++) {
            QuoteLine line = quote.getLines().get(i);
            PartFacts part = facts.get(line.getPartId());
            String field = "lines[" + i + "].partId";
            if (part == null) {
                throw new ConflictException(field, "line " + line.getLineNo() + ": part " + line.getPartId()
                        + " does not exist any more");
            }
            if (part.make()) {
                if (!part.hasRouting()) {
                    throw new ConflictException(field, "line " + line.getLineNo() + ": part " + part.partNumber()
                            + " is made in-house but has no routing; give it a routing, then approve again");
                }
                makeLines.add(line);
            }
        }
        CustomerOrder order = new CustomerOrder(DocumentNumbers.next(em, DocumentNumbers.CUSTOMER_ORDER), quote,
                options.getCustomerPoNumber());
        em.persist(order);
        Map<Integer, CustomerOrderLine> orderLines = new HashMap<>();
        order.getLines().forEach(l -> orderLines.put(l.getLineNo(), l));
        List<String> numbers = makeLines.isEmpty() ? List.of()
                : DocumentNumbers.next(em, DocumentNumbers.MANUFACTURING_ORDER, makeLines.size());
        List<ManufacturingOrder> made = new ArrayList<>(makeLines.size());
        for (int i = 0; i < makeLines.size(); i++) {
            QuoteLine line = makeLines.get(i);
            ManufacturingOrder mo = new ManufacturingOrder(numbers.get(i), line.getPartId(), line.getQuantity(),
                    line.getRequestedDate(), priority, facts.get(line.getPartId()).routing(),
                    orderLines.get(line.getLineNo()));
            em.persist(mo);
            made.add(mo);
        }
        Writes.flushRecord(em, quote.toString(), () -> new ConflictException("status", quote + " was approved by someone else"
                + " at the same time"));
        return new ApprovalDto(views.quote(quote, facts, order), views.customerOrder(order, facts, made),
                made.stream().map(mo -> views.moSummary(mo, facts)).toList());
    }

    /** Loads quote {@code id}, checks the version the client saw, applies {@code rule} and writes it. */
    private QuoteDto change(long id, Long version, Consumer<Quote> rule) {
        Quote quote = load(id);
        checkVersion(quote, version);
        rule.accept(quote);
        flush(quote);
        return get(id);
    }

    private Quote load(long id) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return quote;
    }

    private CustomerOrder orderOf(Quote quote) {
        if (quote.getStatus() != QuoteStatus.APPROVED) {
            return null;
        }
        return em.createQuery("select o from CustomerOrder o where o.quote = :quote", CustomerOrder.class)
                .setParameter("quote", quote).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse(null);
    }

    private Customer customer(Long customerId) {
        if (customerId == null) {
            throw new InvalidInputException("customerId", "is required");
        }
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new InvalidInputException("customerId", "customer " + customerId + " does not exist");
        }
        return customer;
    }

    /** Every line's part exists and is not obsolete. */
    private Map<Long, PartFacts> checkedParts(List<QuoteLineDto> lines) {
        if (lines == null) {
            throw new InvalidInputException("lines", "is required");
        }
        return parts.forLines(lines.stream().map(l -> l == null ? null : l.getPartId()).toList(), "quoted");
    }

    private static List<QuoteLine.Spec> specs(List<QuoteLineDto> lines) {
        return lines.stream().map(l -> l == null ? null
                : new QuoteLine.Spec(l.getPartId(), l.getQuantity(), l.getUnitPrice(), l.getRequestedDate())).toList();
    }

    private static List<Long> partIds(Quote quote) {
        return quote.getLines().stream().map(QuoteLine::getPartId).toList();
    }

    private static void checkVersion(Quote quote, Long version) {
        Versions.check(RECORD_TYPE, quote.getId(), version, quote.getVersion());
    }

    private static void requireDraft(QuoteDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a quote is required");
        }
    }

    private void flush(Quote quote) {
        Writes.flushRecord(em, quote.toString(), () -> new ConflictException("lines", quote + " has two lines with one number"));
    }

    static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    /** The total of a quote's lines. */
    static BigDecimal total(Quote quote) {
        return quote.getLines().stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
