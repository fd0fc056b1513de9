package org.openmes.routing.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openmes.common.InvalidInputException;

/**
 * Brings the operations of a routing (template or part routing) to a wanted list, matched by sequence number:
 * an operation whose number stays is updated in place (its id and history stay), one whose number is gone is
 * removed (orphan removal deletes its row), a new number is added. Sequence numbers must be unique in the wanted list.
 */
final class OperationSteps {
    private OperationSteps() {
    }

    /** Whether anything changed: an operation updated, removed or added. */
    static <O extends OperationStep> boolean replace(List<O> current, List<OperationDefinition> wanted,
            Function<OperationDefinition, O> create) {
        if (wanted == null) {
            throw new InvalidInputException("operations", "is required (an empty list for none)");
        }
        Map<Integer, OperationDefinition> bySequence = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            OperationDefinition definition = wanted.get(i);
            if (!seen.add(definition.sequence())) {
                throw new InvalidInputException("operations[" + i + "].sequence", "sequence number "
                        + definition.sequence() + " is used twice; each operation needs its own");
            }
            bySequence.put(definition.sequence(), definition);
        }
        boolean changed = false;
        List<O> gone = new ArrayList<>();
        for (O step : current) {
            OperationDefinition definition = bySequence.remove(step.getSequence());
            if (definition == null) {
                gone.add(step);
            } else {
                changed |= step.apply(definition);
            }
        }
        changed |= !gone.isEmpty() || !bySequence.isEmpty();
        current.removeAll(gone);
        bySequence.values().stream()
                .sorted(Comparator.comparingInt(OperationDefinition::sequence))
                .forEach(definition -> current.add(create.apply(definition)));
        current.sort(Comparator.comparingInt(OperationStep::getSequence));
        return changed;
    }
}
