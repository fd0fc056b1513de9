package org.openmes.andon.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets which message for one escalation level: from the level's recipients resolved to people, the people's
 * contact details and the channels switched on, one {@link Message} per person and channel — with the address, or with
 * the reason it cannot be sent (no address on record; a recipient that named nobody). A person named by several
 * recipients is told once.
 */
public final class NotificationPlan {
    private NotificationPlan() {
    }

    /** What a recipient of a rule came to: the people it names, or why it names nobody. */
    public record Resolved(Recipient recipient, List<String> people, String whyNobody) {
        public static Resolved people(Recipient recipient, List<String> people) {
            return new Resolved(recipient, List.copyOf(people), null);
        }

        public static Resolved nobody(Recipient recipient, String why) {
            return new Resolved(recipient, List.of(), why);
        }
    }

    /** Where a person can be reached; either may be null. */
    public record Contact(String email, String phone) {
        String address(NotificationChannel channel) {
            return channel == NotificationChannel.EMAIL ? email : phone;
        }
    }

    /** One message: to a person (or, undeliverable, to the recipient that named nobody) by a channel; address or failure. */
    public record Message(String recipient, NotificationChannel channel, String address, String failure) {
    }

    /** The messages for {@code resolved} over {@code channels}, in the recipients' order. */
    public static List<Message> messages(List<Resolved> resolved, Map<String, Contact> contacts, Set<NotificationChannel> channels) {
        Map<String, Boolean> people = new LinkedHashMap<>();
        List<Message> messages = new ArrayList<>();
        for (Resolved one : resolved) {
            if (one.people().isEmpty()) {
                for (NotificationChannel channel : ordered(channels)) {
                    messages.add(new Message(one.recipient().toString(), channel, null, one.whyNobody()));
                }
            }
            one.people().forEach(person -> people.put(person, true));
        }
        for (String person : people.keySet()) {
            Contact contact = contacts.get(person);
            for (NotificationChannel channel : ordered(channels)) {
                String address = contact == null ? null : contact.address(channel);
                messages.add(address == null
                        ? new Message(person, channel, null, "No " + (channel == NotificationChannel.EMAIL ? "e-mail address" : "mobile number")
                                + " on record for " + person)
                        : new Message(person, channel, address, null));
            }
        }
        return messages;
    }

    private static List<NotificationChannel> ordered(Set<NotificationChannel> channels) {
        return List.of(NotificationChannel.values()).stream().filter(channels::contains).toList();
    }
}
