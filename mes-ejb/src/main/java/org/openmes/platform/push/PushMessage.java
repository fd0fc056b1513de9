package org.openmes.platform.push;

/**
 * One message of the push channel as the bus hands it to its subscribers: the topic it belongs to and the text a page
 * receives, either the topic name itself (refresh what you show of it) or a live message ({@link PushMessages#live}).
 *
 * @param topic the topic ({@link PushTopics}); a page receives the message only when it subscribed to it
 * @param live  whether {@code text} is a live message rather than the topic's name
 * @param text  what the page receives
 */
public record PushMessage(String topic, boolean live, String text) {
    /** A topic name: pages subscribed to it refresh from the database. */
    public static PushMessage topic(String topic) {
        return new PushMessage(topic, false, topic);
    }

    /** A live message of {@code topic}: it carries all its values, so a newer one replaces an older one not yet sent. */
    public static PushMessage live(String topic, String text) {
        return new PushMessage(topic, true, text);
    }

    /**
     * What a newer message replaces an older one by, while both wait: a topic name repeated adds nothing, and a newer
     * live message of a topic makes the older one obsolete.
     */
    public String key() {
        return live ? "live " + topic : topic;
    }
}
