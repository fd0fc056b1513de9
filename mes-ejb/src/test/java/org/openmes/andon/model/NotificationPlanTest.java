package org.openmes.andon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmes.andon.model.NotificationPlan.Contact;
import org.openmes.andon.model.NotificationPlan.Message;
import org.openmes.andon.model.NotificationPlan.Resolved;

class NotificationPlanTest {
    private static final Set<NotificationChannel> BOTH = EnumSet.allOf(NotificationChannel.class);

    @Test
    void everyPersonGetsOneMessagePerChannelEvenWhenNamedTwice() {
        List<Resolved> resolved = List.of(Resolved.people(Recipient.parse("role:SHIFT_MANAGER"), List.of("ann", "bob")),
                Resolved.people(Recipient.parse("user:ann"), List.of("ann")));
        Map<String, Contact> contacts = Map.of("ann", new Contact("ann@plant.test", "+49171"), "bob", new Contact("bob@plant.test", null));

        assertEquals(List.of(new Message("ann", NotificationChannel.EMAIL, "ann@plant.test", null),
                        new Message("ann", NotificationChannel.SMS, "+49171", null),
                        new Message("bob", NotificationChannel.EMAIL, "bob@plant.test", null),
                        new Message("bob", NotificationChannel.SMS, null, "No mobile number on record for bob")),
                NotificationPlan.messages(resolved, contacts, BOTH));
    }

    @Test
    void aRecipientNamingNobodyIsAFailedMessagePerChannelWithItsReason() {
        List<Resolved> resolved = List.of(Resolved.nobody(Recipient.parse("shift:current"), "No shift running"),
                Resolved.people(Recipient.parse("user:cid"), List.of("cid")));

        assertEquals(List.of(new Message("shift:current", NotificationChannel.EMAIL, null, "No shift running"),
                        new Message("cid", NotificationChannel.EMAIL, null, "No e-mail address on record for cid")),
                NotificationPlan.messages(resolved, Map.of(), EnumSet.of(NotificationChannel.EMAIL)));
    }

    @Test
    void noChannelSwitchedOnMeansNoMessage() {
        assertEquals(List.of(), NotificationPlan.messages(List.of(Resolved.people(Recipient.parse("user:ann"), List.of("ann"))),
                Map.of("ann", new Contact("ann@plant.test", null)), EnumSet.noneOf(NotificationChannel.class)));
    }
}
