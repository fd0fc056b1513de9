package org.openmes.andon.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openmes.andon.service.AndonCallDto;
import org.openmes.andon.service.AndonService;

/**
 * The andon board ({@code /andon-board.xhtml}): every unresolved call, most urgent and oldest first, with how long it
 * has been waiting, read across a hall from a TV.
 */
@Named
@RequestScoped
public class AndonBoardView {
    @EJB
    private AndonService andonService;

    private List<AndonCallDto> calls = List.of();
    private Instant now;

    @PostConstruct
    void load() {
        now = Instant.now();
        calls = andonService.calls(null, true);
    }

    /** How long the call has been waiting, as "12 min" or "2 h 05 min". */
    public String age(AndonCallDto call) {
        long minutes = Math.max(0, Duration.between(call.raisedAt(), now).toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }

    public List<AndonCallDto> getCalls() {
        return calls;
    }
}
