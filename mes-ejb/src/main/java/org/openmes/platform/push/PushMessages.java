package org.openmes.platform.push;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * The live messages of the push channel, beside plain topic names: a JSON object
 * {@code {"topic":"equipment-12","state":"DOWN","signals":{"FAULT_WORD":"8"}}} that a page applies to the elements
 * marked with the equipment's id (resources/js/push.js) without a request, or the figures of a line
 * ({@link #figures}), or the bars of a chart ({@link #bars}). Pages tell the two apart by the first
 * character: a topic name never starts with a brace.
 */
public final class PushMessages {
    private PushMessages() {
    }

    /**
     * A live message of {@code topic}.
     *
     * @param state   the state the page colours by (an {@code EquipmentState} name), null when unknown
     * @param signals signal name to its value as text (null when the value is not GOOD)
     */
    public static String live(String topic, String state, Map<String, String> signals) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        signals.forEach((signal, value) -> {
            if (value == null) {
                values.addNull(signal);
            } else {
                values.add(signal, value);
            }
        });
        JsonObjectBuilder message = Json.createObjectBuilder().add("topic", topic);
        if (state != null) {
            message.add("state", state);
        }
        return message.add("signals", values).build().toString();
    }

    /**
     * A live message of figures ({@code {"topic":"line-3","figures":{"line-3:good":"120",…}}}): each value goes as it is
     * into the page's elements marked {@code data-mes-live-figure} (text) or {@code data-mes-live-gauge} (a meter's value)
     * with its key.
     */
    public static String figures(String topic, Map<String, String> figures) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        figures.forEach(values::add);
        return Json.createObjectBuilder().add("topic", topic).add("figures", values).build().toString();
    }

    /** One bar of a chart: its label under it, the text over it, and its height as a whole percentage. */
    public record Bar(String label, String text, long height) {
    }

    /**
     * A live message of a chart's bars ({@code {"topic":"trend-3","bars":[{"label":"06:00","text":"71.3 %","height":71},…]}}):
     * the page replaces the bars of its element marked {@code data-mes-live-bars} with the topic's name.
     */
    public static String bars(String topic, List<Bar> bars) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        bars.forEach(bar -> values.add(Json.createObjectBuilder().add("label", bar.label()).add("text", bar.text()).add("height", bar.height())));
        return Json.createObjectBuilder().add("topic", topic).add("bars", values).build().toString();
    }
}
