package org.openmes.orders.service;

import java.io.Serializable;
import java.time.LocalDate;

/** Input: a purchase order the customer sent — its number, date and a reference to the document received. */
public class CustomerPoRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private String poNumber;
    private LocalDate poDate;
    private String documentReference;

    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public LocalDate getPoDate() { return poDate; }
    public void setPoDate(LocalDate poDate) { this.poDate = poDate; }
    public String getDocumentReference() { return documentReference; }
    public void setDocumentReference(String documentReference) { this.documentReference = documentReference; }
}
