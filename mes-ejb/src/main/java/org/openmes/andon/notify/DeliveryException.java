package org.openmes.andon.notify;

/** A channel could not deliver a message; the message says why, as the outbox records it. */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** An exception and its causes in one line, e.g. "Couldn't connect to host … ← ConnectException: Connection refused". */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            text.append(" ← ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
