package org.openmes.common;

/** The addressed record does not exist (HTTP 404). */
public class NotFoundException extends MesException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super(null, recordType + " " + id + " does not exist");
    }
}
