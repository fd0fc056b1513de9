package org.openmes.orders.traveler;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.openmes.reporting.PdfDocument;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Work travelers of manufacturing-order batches. Whoever may see orders may print their travelers
 * ({@code order.view}); printing changes nothing.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class TravelerService {

    @Inject
    TravelerReader reader;

    @Inject
    TravelerPdf pdf;

    /** The traveler of batch {@code batchId} as a PDF document, with the file name to offer. */
    public PdfDocument traveler(long batchId) {
        Traveler traveler = reader.read(batchId);
        return new PdfDocument(traveler.fileName(), pdf.render(traveler));
    }
}
