package org.openmes.reporting;

/** A rendered PDF document: the file name to offer it under and its bytes. */
public record PdfDocument(String fileName, byte[] pdf) {
}
