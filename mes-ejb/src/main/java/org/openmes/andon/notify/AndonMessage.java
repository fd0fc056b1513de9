package org.openmes.andon.notify;

import org.openmes.andon.model.AndonCall;

/** What a notification says about a call at a level: a subject and body for e-mail, one short line for SMS. */
record AndonMessage(String subject, String body, String shortText) {

    static AndonMessage of(AndonCall call, String lineCode, int level) {
        String headline = "Andon " + call.getPriority() + " " + call.getKind() + " on line " + lineCode + " (call " + call.getId()
                + ", escalation level " + level + ")";
        String description = call.getDescription() == null ? "" : call.getDescription();
        String body = headline + "\n\n" + (description.isEmpty() ? "" : description + "\n\n") + "Raised by " + call.getRaisedBy() + " at "
                + call.getRaisedAt() + (call.getFaultCode() == null ? "" : ", fault " + call.getFaultCode()) + ".\nStatus now: "
                + call.getStatus() + ".\n";
        String text = headline + (description.isEmpty() ? "" : ": " + description);
        return new AndonMessage("[Andon] " + headline, body, text.length() > 300 ? text.substring(0, 300) : text);
    }
}
