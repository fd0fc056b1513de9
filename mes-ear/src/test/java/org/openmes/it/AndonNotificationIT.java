package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.AndonApi.level;
import static org.openmes.it.AndonApi.raise;
import static org.openmes.it.AndonApi.rules;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Andon notifications end to end: the test server e-mails through a real SMTP server (GreenMail in the test JVM) and
 * posts text messages to an SMS gateway (a JDK HTTP server in the test JVM), both configured into it by
 * {@link TestEnvironment}; every message is in the call's notifications with its status.
 */
class AndonNotificationIT extends MesIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void raisingACallTellsLevelOneByMailAndSmsAndTheEscalationTellsLevelTwoOnce() throws Exception {
        JsonObject lineNode = PlantApi.createChain().line();
        long line = PlantApi.id(lineNode);
        String lead = "lead-" + line;
        String boss = "boss-" + line;
        contact(lead, lead + "@plant.test", "+4917" + line);
        contact(boss, boss + "@plant.test", null);
        rules(line, "CRITICAL", level(1, 2, 600, "user:" + lead), level(2, 600, 600, "user:" + boss));

        long call = raise("operator", line, "MAINTENANCE", "CRITICAL", "Sealing jaw jammed").getJsonNumber("id").longValue();

        MimeMessage toLead = awaitMail(lead + "@plant.test");
        assertTrue(toLead.getSubject().contains("line " + lineNode.getString("code")) && toLead.getSubject().contains("level 1"),
                toLead.getSubject());
        assertEquals(TestEnvironment.MAIL_FROM, toLead.getFrom()[0].toString());
        assertTrue(GreenMailUtil.getBody(toLead).contains("Sealing jaw jammed"));
        SmsGatewayStub.Sms sms = await(() -> TestEnvironment.smsGateway().to("+4917" + line), list -> !list.isEmpty(), "SMS to the lead").get(0);
        assertEquals("Bearer " + TestEnvironment.SMS_TOKEN, sms.authorization());
        assertTrue(sms.text().contains("MAINTENANCE") && sms.text().contains("level 1"), sms.text());

        MimeMessage toBoss = awaitMail(boss + "@plant.test");
        assertTrue(toBoss.getSubject().contains("level 2"), toBoss.getSubject());
        List<JsonObject> notifications = await(() -> notifications(call), list -> list.size() == 4
                && list.stream().noneMatch(n -> "PENDING".equals(n.getString("status"))), "four settled notifications");
        assertEquals(List.of("1 " + lead + " EMAIL SENT", "1 " + lead + " SMS SENT", "2 " + boss + " EMAIL SENT", "2 " + boss + " SMS FAILED"),
                notifications.stream().map(n -> n.getInt("level") + " " + n.getString("recipient") + " " + n.getString("channel") + " "
                        + n.getString("status")).toList());
        assertEquals("No mobile number on record for " + boss, notifications.get(3).getString("lastError"));
        assertEquals(0, notifications.get(3).getInt("attempts"), "nothing to send to: not tried");

        Thread.sleep(3_000); // rounds of the sender pass meanwhile (every second in the tests)
        assertEquals(1, mailsTo(lead + "@plant.test").size(), "a notification is sent once per call, level, recipient and channel");
        assertEquals(1, TestEnvironment.smsGateway().to("+4917" + line).size());
    }

    @Test
    void aMessageTheGatewayRefusesIsFailedWithTheReasonAndSentOnARetry() throws Exception {
        long line = PlantApi.id(PlantApi.createChain().line());
        String mechanic = "mechanic-" + line;
        String phone = "+4916" + line;
        contact(mechanic, null, phone);
        rules(line, "HIGH", level(1, 600, 600, "user:" + mechanic));
        SmsGatewayStub gateway = TestEnvironment.smsGateway();
        gateway.down(true);
        long call;
        try {
            call = raise("operator", line, "MAINTENANCE", "HIGH", null).getJsonNumber("id").longValue();
            JsonObject failed = await(() -> sms(call), n -> n != null && "FAILED".equals(n.getString("status")), "failed SMS");
            assertTrue(failed.getString("lastError").contains("HTTP 503"), failed.toString());
            assertEquals(phone, failed.getString("address"));
        } finally {
            gateway.down(false);
        }
        JsonObject sent = await(() -> sms(call), n -> "SENT".equals(n.getString("status")), "SMS sent on a retry");
        assertTrue(sent.getInt("attempts") >= 2, sent.toString());
        assertEquals(1, gateway.to(phone).size());
        // the e-mail channel has no address for the mechanic: failed at once, with the reason
        assertTrue(notifications(call).stream().anyMatch(n -> "EMAIL".equals(n.getString("channel")) && "FAILED".equals(n.getString("status"))
                && n.getString("lastError").equals("No e-mail address on record for " + mechanic)));
    }

    @Test
    void shiftRecipientsAreThePeopleAssignedToTheShiftRunningOnTheLine() throws Exception {
        long line = PlantApi.id(PlantApi.createChain().line());
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = start.atZone(ZoneOffset.UTC).toLocalDate();
        Http.Response pattern = Http.post("api/shifts/patterns", Json.createObjectBuilder().add("lineId", line).add("code", "crew")
                .add("name", "Crew shift").add("startTime", start.atZone(ZoneOffset.UTC).toLocalTime().toString() + ":00")
                .add("durationMinutes", 480).add("weekdays", Json.createArrayBuilder(List.of(1, 2, 3, 4, 5, 6, 7)))
                .add("validFrom", day.minusDays(1).toString()).add("breaks", Json.createArrayBuilder()).build().toString());
        assertEquals(201, pattern.status(), pattern.body());
        long patternId = pattern.json().getJsonNumber("id").longValue();
        String first = "crew-a-" + line;
        String second = "crew-b-" + line;
        for (String person : List.of(first, second)) {
            assertEquals(201, Http.post("api/shifts/assignments", Json.createObjectBuilder().add("patternId", patternId)
                    .add("shiftDate", day.toString()).add("person", person).build().toString()).status());
            contact(person, person + "@plant.test", null);
        }
        rules(line, "MEDIUM", level(1, 600, 600, "shift:current"));

        long call = raise("operator", line, "MATERIAL", "MEDIUM", "Film roll empty").getJsonNumber("id").longValue();

        awaitMail(first + "@plant.test");
        awaitMail(second + "@plant.test");
        assertEquals(List.of(first, second), notifications(call).stream().filter(n -> "EMAIL".equals(n.getString("channel")))
                .map(n -> n.getString("recipient")).toList());

        rules(line, "LOW", level(1, 600, 600, "shift:late"));
        long unmanned = raise("operator", line, "HELP", "LOW", null).getJsonNumber("id").longValue();
        JsonObject nobody = notifications(unmanned).get(0);
        assertEquals("shift:late", nobody.getString("recipient"));
        assertEquals("FAILED", nobody.getString("status"));
        assertTrue(nobody.getString("lastError").startsWith("Shift late is not running on the line"), nobody.toString());
    }

    @Test
    void contactsAndShiftRecipientsAreCheckedAtTheField() {
        long line = PlantApi.id(PlantApi.createChain().line());
        String person = "checked-" + line;
        Problems.assertProblem(Http.put("api/security/contacts/" + person, "{\"email\":\"not an address\"}"), 400, "invalid-input", "email");
        Problems.assertProblem(Http.put("api/security/contacts/" + person, "{\"phone\":\"0171 555\"}"), 400, "invalid-input", "phone");
        JsonObject saved = contact(person, person + "@plant.test", null);
        Problems.assertProblem(Http.put("api/security/contacts/" + person, Json.createObjectBuilder().add("email", "new@plant.test")
                .add("version", saved.getInt("version") + 1).build().toString()), 409, "stale-version", "version");
        Problems.assertProblem(AsCaller.send("shift-manager", "GET", "api/security/contacts/" + person, null), 403, "forbidden");
        Problems.assertProblem(Http.put("api/andon/escalation-rules/HIGH?lineId=" + line, Json.createObjectBuilder()
                .add("levels", Json.createArrayBuilder().add(level(1, 60, 60, "shift:"))).build().toString()), 400, "invalid-input", "recipients");
    }

    @Test
    void aRoleReachesTheMembersOfItsCorporateGroupOnceTheyHaveSignedIn() throws Exception {
        // the demo user "maintenance" holds MAINTENANCE only through the provider's group mes-maintenance, which the
        // MES maps to the role; it has no local role assignment
        long line = PlantApi.id(PlantApi.createChain().line());
        String address = "maintenance-" + line + "@plant.test";
        contact("maintenance", address, null);
        AsCaller.expect(200, "maintenance", "GET", "api/security/me", null); // signs in with a token, as the kiosk or a page would
        JsonObject seen = Http.get("api/security/directory").jsonArray().stream().map(e -> e.asJsonObject())
                .filter(e -> "maintenance".equals(e.getString("principalName"))).findFirst().orElseThrow();
        assertTrue(seen.getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .anyMatch(group -> "mes-maintenance".equals(group.getString())), seen.toString());
        rules(line, "HIGH", level(1, 600, 600, "role:MAINTENANCE"));

        long call = raise("operator", line, "MAINTENANCE", "HIGH", "Servo fault on the filler").getJsonNumber("id").longValue();

        MimeMessage mail = awaitMail(address);
        assertTrue(GreenMailUtil.getBody(mail).contains("Servo fault on the filler"));
        assertTrue(notifications(call).stream().anyMatch(n -> "maintenance".equals(n.getString("recipient"))
                && "EMAIL".equals(n.getString("channel")) && "SENT".equals(n.getString("status"))), notifications(call).toString());
    }

    @Test
    void theSettledMessagesOfCallsResolvedLongAgoAreDeletedAndNoOthers() throws Exception {
        long line = PlantApi.id(PlantApi.createChain().line());
        String person = "kept-" + line;
        contact(person, person + "@plant.test", null);
        rules(line, "LOW", level(1, 600, 600, "user:" + person));
        long old = settledCall(line);
        long recent = settledCall(line);
        long open = settledCall(line);
        for (long call : List.of(old, recent)) {
            AsCaller.expect(200, "shift-manager", "POST", AndonApi.CALLS + "/" + call + "/resolve", "{\"notes\":\"Done\"}");
        }
        try (Connection db = TestEnvironment.connectToDatabase(); Statement age = db.createStatement()) {
            // resolved 100 days ago (the retention is 90), and the open call's messages as old
            age.executeUpdate("update andon_call set resolved_at = resolved_at - interval '100 days' where id = " + old);
            age.executeUpdate("update andon_notification set created_at = created_at - interval '100 days', sent_at = sent_at"
                    + " - interval '100 days' where call_id in (" + old + ", " + open + ")");
        }

        await(() -> notifications(old), List::isEmpty, "deletion of the old call's messages (SENT and FAILED)");
        assertEquals(2, notifications(recent).size(), "a call resolved lately keeps its messages");
        assertEquals(2, notifications(open).size(), "a call not resolved keeps its messages, however old");
    }

    /** Raises a call on {@code line} and waits until its two messages (e-mail sent, SMS failed for want of a number) settled. */
    private static long settledCall(long line) throws InterruptedException {
        long call = raise("operator", line, "HELP", "LOW", null).getJsonNumber("id").longValue();
        await(() -> notifications(call), list -> list.size() == 2 && list.stream().noneMatch(n -> "PENDING".equals(n.getString("status"))),
                "two settled messages of call " + call);
        return call;
    }

    /** Sets a person's contact details as the admin (a change reads the version first). */
    private static JsonObject contact(String person, String email, String phone) {
        var body = Json.createObjectBuilder();
        if (email != null) {
            body.add("email", email);
        }
        if (phone != null) {
            body.add("phone", phone);
        }
        Http.Response saved = Http.put("api/security/contacts/" + person, body.build().toString());
        assertEquals(200, saved.status(), saved.body());
        return saved.json();
    }

    private static List<JsonObject> notifications(long call) {
        return Http.get(AndonApi.CALLS + "/" + call + "/notifications").jsonArray().stream().map(n -> n.asJsonObject()).toList();
    }

    private static JsonObject sms(long call) {
        return notifications(call).stream().filter(n -> "SMS".equals(n.getString("channel"))).findFirst().orElse(null);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestEnvironment.mailServer().getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String address) throws InterruptedException {
        return await(() -> mailsTo(address), list -> !list.isEmpty(), "e-mail to " + address).get(0);
    }

    private static <T> T await(Supplier<T> value, Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = value.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + what + " within " + PATIENCE.toSeconds() + " s; last seen: " + last);
            }
            Thread.sleep(200);
            last = value.get();
        }
        return last;
    }
}
