package org.openmes.orders.packinglist;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.reporting.PdfDocument;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Packing lists of shipments as PDFs. Whoever may see orders may print their packing lists ({@code order.view});
 * printing changes nothing.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class PackingListService {

    @EJB
    FulfilmentService fulfilment;

    @Inject
    PackingListPdf pdf;

    /** The packing list of shipment {@code shipmentId} as a PDF document, with the file name to offer. */
    public PdfDocument packingList(long shipmentId) {
        ShipmentDto shipment = fulfilment.shipment(shipmentId);
        return new PdfDocument("packing-list-" + shipment.number() + ".pdf", pdf.render(shipment));
    }
}
