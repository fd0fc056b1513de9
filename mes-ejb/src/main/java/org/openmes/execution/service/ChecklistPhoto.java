package org.openmes.execution.service;

/** The photo of a checklist answer: its bytes and their content type. */
public record ChecklistPhoto(String contentType, byte[] content) {
}
