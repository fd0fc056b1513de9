package org.openmes.andon.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.openmes.andon.service.AndonCallDto;
import org.openmes.andon.service.AndonService;
import org.openmes.platform.push.PushTopics;

/**
 * The andon board ({@code /andon-board.xhtml}): every unresolved call, most urgent and oldest first, read across a
 * hall from a TV. Read afresh for each request, so the page's push refresh (topic {@link PushTopics#ANDON}, published
 * after every step of a call on any line) shows what is stored now; how long a call has been waiting ticks in the
 * browser.
 */
@Named
@RequestScoped
public class AndonBoardView {
    @EJB
    private AndonService andonService;

    private List<AndonCallDto> calls = List.of();

    @PostConstruct
    void load() {
        calls = andonService.calls(null, true);
    }

    public List<AndonCallDto> getCalls() {
        return calls;
    }

    /** The push topic of the board: the plant-wide andon topic, which covers lines created after the page opened. */
    public String getTopics() {
        return PushTopics.ANDON;
    }
}
