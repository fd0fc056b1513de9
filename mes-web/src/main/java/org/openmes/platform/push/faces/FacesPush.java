package org.openmes.platform.push.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.openmes.platform.push.PushBus;

/**
 * Forwards the application's push messages to every open page over one application-scoped Faces websocket channel, on
 * the bus's sending thread. The websocket endpoint lies under the web module's security constraint, so only signed-in
 * users connect; a topic names what changed and carries no data, which the page then reads through the guarded
 * services; a live message carries only a machine's state and its state signals.
 */
@ApplicationScoped
public class FacesPush {
    /** The one websocket channel of the application. */
    public static final String CHANNEL = "mes";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext channel;

    @Inject
    private PushBus bus;

    private final Consumer<String> forward = message -> channel.send(message);

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        bus.subscribe(forward);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        bus.unsubscribe(forward);
    }
}
