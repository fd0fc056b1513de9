package org.openmes.platform.web;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.openmes.reporting.PdfDocument;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A PDF document offered as a download by a page ({@code p:fileDownload}). */
public final class PdfDownload {
    private PdfDownload() {
    }

    /**
     * The document {@code render} makes, as a download; null (nothing to download) with the message on the page, as
     * {@link ActionFeedback#run} reports it, when it cannot be made.
     */
    public static StreamedContent of(String formId, Supplier<PdfDocument> render) {
        StreamedContent[] download = new StreamedContent[1];
        ActionFeedback.run(formId, () -> {
            PdfDocument document = render.get();
            download[0] = DefaultStreamedContent.builder().name(document.fileName()).contentType("application/pdf")
                    .stream(() -> new ByteArrayInputStream(document.pdf())).build();
        });
        return download[0];
    }
}
