package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.openmes.bom.service.PartService;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.service.PartnerService;
import org.openmes.orders.model.QuoteStatus;
import org.openmes.orders.service.ApprovalDto;
import org.openmes.orders.service.ApprovalRequest;
import org.openmes.orders.service.QuoteDto;
import org.openmes.orders.service.QuoteFilter;
import org.openmes.orders.service.QuoteLineDto;
import org.openmes.orders.service.QuoteService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;

/**
 * Backing bean of {@code /quotes.xhtml}: quotes filtered by status and number, the opened one with its lines, and
 * its life-cycle actions (send, reject, expire, approve). Approving shows what it made: the customer order and the
 * manufacturing orders. A new quote is drafted for a customer (validity, notes); while it is a draft its lines are
 * added, changed and removed one at a time in the line editor, each change saving the whole draft (the service
 * replaces a draft's lines as a whole), so a refusal shows beside the editor's field and changes nothing.
 */
@Named
@ViewScoped
public class QuotesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "quoteForm";

    static final int DEFAULT_VALIDITY_DAYS = 30;

    @EJB
    private QuoteService quotes;

    @EJB
    private PartnerService partners;

    @EJB
    private PartService parts;

    private QuoteStatus status;
    private String text;
    private QuoteDto quote;
    private ApprovalDto approval;
    private String customerPoNumber;
    /** The quote being drafted (customer, validity, notes), or null. */
    private QuoteDto newQuote;
    private List<Choice> customerChoices = List.of();
    /** The line editor of the opened draft: a new line is requested by the quote's validity date. */
    private final DraftLineEditor<QuoteLineDto> lines = new DraftLineEditor<>(FORM) {
        private static final long serialVersionUID = 1L;

        @Override
        protected QuoteLineDto newLine() {
            QuoteLineDto line = new QuoteLineDto();
            line.setRequestedDate(quote.getValidUntil());
            return line;
        }

        @Override
        protected List<QuoteLineDto> currentLines() {
            return quote.getLines().stream().map(QuotesView::copy).toList();
        }

        @Override
        protected boolean saveAll(List<QuoteLineDto> all) {
            QuoteDto draft = new QuoteDto();
            draft.setCustomerId(quote.getCustomerId());
            draft.setValidUntil(quote.getValidUntil());
            draft.setNotes(quote.getNotes());
            draft.setVersion(quote.getVersion());
            draft.setLines(all);
            return ActionFeedback.run(FORM, () -> quote = quotes.update(quote.getId(), draft));
        }

        @Override
        protected PartService parts() {
            return parts;
        }
    };
    private final PagedModel<QuoteDto> list = new PagedModel<>(
            request -> quotes.find(new QuoteFilter(status, null, text), request), QuoteDto::getId);

    public void open(long id) {
        ActionFeedback.run(FORM, () -> {
            quote = quotes.get(id);
            approval = null;
            newQuote = null;
            lines.close();
        });
    }

    /** Starts a new quote: the active customers to choose from, valid for {@value #DEFAULT_VALIDITY_DAYS} days. */
    public void startNew() {
        ActionFeedback.run(FORM, () -> {
            customerChoices = Choice.activePartners(partners, PartnerKind.CUSTOMER);
            newQuote = new QuoteDto();
            newQuote.setValidUntil(LocalDate.now(ZoneOffset.UTC).plusDays(DEFAULT_VALIDITY_DAYS));
            quote = null;
            approval = null;
            lines.close();
        });
    }

    /** Drafts the new quote, still without lines, and opens it for its lines. */
    public void create() {
        ActionFeedback.run(FORM, () -> {
            quote = quotes.create(newQuote);
            newQuote = null;
            ActionFeedback.info("Drafted " + quote.getNumber() + "; add its lines");
        });
    }

    public void cancelNew() {
        newQuote = null;
    }

    private static QuoteLineDto copy(QuoteLineDto line) {
        QuoteLineDto copy = new QuoteLineDto();
        copy.setPartId(line.getPartId());
        copy.setQuantity(line.getQuantity());
        copy.setUnitPrice(line.getUnitPrice());
        copy.setRequestedDate(line.getRequestedDate());
        return copy;
    }

    public DraftLineEditor<QuoteLineDto> getLines() {
        return lines;
    }

    /** Whether the opened quote's lines can be edited by the caller's page (a draft). */
    public boolean isDraft() {
        return quote != null && quote.getStatus() == QuoteStatus.DRAFT;
    }

    public void send() {
        ActionFeedback.run(FORM, () -> quote = quotes.send(quote.getId(), quote.getVersion()));
    }

    public void reject() {
        ActionFeedback.run(FORM, () -> quote = quotes.reject(quote.getId(), quote.getVersion()));
    }

    public void expire() {
        ActionFeedback.run(FORM, () -> quote = quotes.expire(quote.getId(), quote.getVersion()));
    }

    public void approve() {
        ApprovalRequest request = new ApprovalRequest();
        request.setCustomerPoNumber(customerPoNumber);
        ActionFeedback.run(FORM, () -> {
            approval = quotes.approve(quote.getId(), quote.getVersion(), request);
            quote = approval.quote();
            ActionFeedback.info("Approved: customer order " + approval.customerOrder().number() + " with "
                    + approval.manufacturingOrders().size() + " manufacturing order(s)");
        });
    }

    public List<QuoteStatus> getStatuses() {
        return List.of(QuoteStatus.values());
    }

    public PagedModel<QuoteDto> getList() {
        return list;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public void setStatus(QuoteStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuoteDto getQuote() {
        return quote;
    }

    public ApprovalDto getApproval() {
        return approval;
    }

    public QuoteDto getNewQuote() {
        return newQuote;
    }

    public List<Choice> getCustomerChoices() {
        return customerChoices;
    }

    public String getCustomerPoNumber() {
        return customerPoNumber;
    }

    public void setCustomerPoNumber(String customerPoNumber) {
        this.customerPoNumber = customerPoNumber;
    }
}
