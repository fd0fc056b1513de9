package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openmes.orders.service.CustomerOrderDto;
import org.openmes.orders.service.CustomerOrderService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;

/** Backing bean of {@code /customer-orders.xhtml}: the orders, searched by number or PO number, and one with its lines. */
@Named
@ViewScoped
public class CustomerOrdersView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "orderForm";

    @EJB
    private CustomerOrderService orders;

    private String text;
    private CustomerOrderDto order;
    private final PagedModel<CustomerOrderDto> list = new PagedModel<>(
            request -> orders.find(null, text, request), CustomerOrderDto::id);

    public void open(long id) {
        ActionFeedback.run(FORM, () -> order = orders.get(id));
    }

    public PagedModel<CustomerOrderDto> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CustomerOrderDto getOrder() {
        return order;
    }
}
