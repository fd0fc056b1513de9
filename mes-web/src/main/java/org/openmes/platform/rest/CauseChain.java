package org.openmes.platform.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** A failure and its causes, outermost first: EJB, RESTEasy and JSON-B all wrap the exception that matters. */
final class CauseChain {
    private CauseChain() {
    }

    static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The outermost exception of the given type in the chain, or null. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t : of(failure)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
