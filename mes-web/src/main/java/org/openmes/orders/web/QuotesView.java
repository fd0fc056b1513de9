package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.orders.model.QuoteStatus;
import org.openmes.orders.service.ApprovalDto;
import org.openmes.orders.service.ApprovalRequest;
import org.openmes.orders.service.QuoteDto;
import org.openmes.orders.service.QuoteFilter;
import org.openmes.orders.service.QuoteService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;

/**
 * Backing bean of {@code /quotes.xhtml}: quotes filtered by status and number, the opened one with its lines, and
 * its life-cycle actions (send, reject, expire, approve). Approving shows what it made: the customer order and the
 * manufacturing orders.
 */
@Named
@ViewScoped
public class QuotesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "quoteForm";

    @EJB
    private QuoteService quotes;

    private QuoteStatus status;
    private String text;
    private QuoteDto quote;
    private ApprovalDto approval;
    private String customerPoNumber;
    private final PagedModel<QuoteDto> list = new PagedModel<>(
            request -> quotes.find(new QuoteFilter(status, null, text), request), QuoteDto::getId);

    public void open(long id) {
        ActionFeedback.run(FORM, () -> {
            quote = quotes.get(id);
            approval = null;
        });
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

    public String getCustomerPoNumber() {
        return customerPoNumber;
    }

    public void setCustomerPoNumber(String customerPoNumber) {
        this.customerPoNumber = customerPoNumber;
    }
}
