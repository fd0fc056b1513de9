package org.openmes.orders.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openmes.bom.service.PartService;
import org.openmes.platform.web.ActionFeedback;

/**
 * The line editor of a draft document whose service replaces the lines as a whole (quotes, supplier purchase orders):
 * one line at a time is added or changed in the editor, or removed, and every change saves the whole list with the
 * draft's version. When the save is refused the editor stays open with what was typed, so the message beside its
 * field makes sense. The part of a line is chosen from the active parts, narrowed by a search text (at most
 * {@value Choice#MAX_CHOICES}, so the native list stays usable).
 *
 * @param <L> the line as input (a serializable DTO)
 */
public abstract class DraftLineEditor<L extends Serializable> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String formId;
    private L line;
    /** Position of the line in the editor, or null for a new line. */
    private Integer index;
    private String search;
    private List<Choice> partChoices;

    /** @param formId the form whose messages the part search reports into */
    protected DraftLineEditor(String formId) {
        this.formId = formId;
    }

    /** A new, empty line (with whatever the document proposes). */
    protected abstract L newLine();

    /** The draft's lines as input, in order. */
    protected abstract List<L> currentLines();

    /** Saves the draft with {@code lines}; whether it was saved (a refusal is reported on the page). */
    protected abstract boolean saveAll(List<L> lines);

    protected abstract PartService parts();

    /** Opens the editor on a new line. */
    public void add() {
        line = newLine();
        index = null;
    }

    /** Opens the editor on line {@code position}. */
    public void edit(int position) {
        line = currentLines().get(position);
        index = position;
    }

    public void close() {
        line = null;
    }

    /** Saves the draft with the edited line added or replacing its own; closes the editor when saved. */
    public void save() {
        List<L> lines = new ArrayList<>(currentLines());
        if (index == null) {
            lines.add(line);
        } else {
            lines.set(index, line);
        }
        if (saveAll(lines)) {
            line = null;
        }
    }

    /** Saves the draft without line {@code position}. */
    public void remove(int position) {
        List<L> lines = new ArrayList<>(currentLines());
        lines.remove(position);
        if (saveAll(lines)) {
            line = null;
        }
    }

    /** The line in the editor, or null when it is closed. */
    public L getLine() {
        return line;
    }

    /** The active parts to choose from, read the first time they are needed. */
    public List<Choice> getPartChoices() {
        if (partChoices == null) {
            partChoices = Choice.activeParts(parts(), search);
        }
        return partChoices;
    }

    /** Narrows the part choices to the parts whose number or description contains the search text. */
    public void searchParts() {
        ActionFeedback.run(formId, () -> partChoices = Choice.activeParts(parts(), search));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
