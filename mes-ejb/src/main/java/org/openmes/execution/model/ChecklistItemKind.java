package org.openmes.execution.model;

/**
 * What a checklist item asks for. A SIGNATURE item asks for a second person's review: the checklist then needs,
 * besides the signature of whoever performed it, a valid signature meaning REVIEWED.
 */
public enum ChecklistItemKind {
    CHECKBOX, TEXT, NUMBER, SELECT, PHOTO, SIGNATURE
}
