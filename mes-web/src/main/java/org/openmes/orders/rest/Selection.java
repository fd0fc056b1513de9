package org.openmes.orders.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import org.openmes.orders.service.TaskRef;

/** The body of a PPIC action: the selected manufacturing orders and batches. */
public class Selection {
    @NotEmpty
    @Valid
    private List<TaskRef> items = new ArrayList<>();

    public List<TaskRef> getItems() { return items; }
    public void setItems(List<TaskRef> items) { this.items = items; }
}
