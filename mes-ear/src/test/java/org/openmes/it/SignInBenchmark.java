package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Not a test: the figures of bench/sign-in.sh. Times, in headless Chromium against the test servers, the single
 * sign-on round trip (MES page → provider's login form → credentials → back on the MES page, rendered) and the kiosk
 * sign-in (badge + PIN → operator's page), and writes them to target/bench/sign-in.txt. Run only by name
 * (-Dit.test=SignInBenchmark); failsafe's default pattern (*IT) leaves it out of ./mvnw verify.
 */
class SignInBenchmark extends MesIntegrationTest {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final String PIN = "1357";

    @Test
    void measureSignIn() throws IOException {
        List<Long> formShown = new ArrayList<>();
        List<Long> backOnMes = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            try (Chromium chromium = Chromium.open()) {
                WebDriver browser = chromium.driver();
                long start = System.nanoTime();
                browser.get(baseUrl() + "plant.xhtml");
                chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys("planner");
                long form = System.nanoTime();
                browser.findElement(By.name("j_password")).sendKeys(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
                long submit = System.nanoTime();
                browser.findElement(By.name("submitButton")).click();
                chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signedInAs"), "planner"));
                long back = System.nanoTime();
                if (round > 0) { // the first round warms the servers and Chromium up
                    formShown.add(form - start);
                    backOnMes.add(back - submit);
                }
            }
        }

        List<Long> kiosk = new ArrayList<>();
        String suffix = PlantApi.suffix();
        Http.Response registered = Http.post("api/kiosks", Json.createObjectBuilder().add("code", "BENCH-" + suffix).add("name", "Bench kiosk")
                .build().toString());
        assertEquals(201, registered.status(), registered.body());
        assertEquals(201, Http.post("api/operator-badges", Json.createObjectBuilder().add("badgeNumber", "BB-" + suffix)
                .add("principalName", "bench-" + suffix.toLowerCase()).add("displayName", "Bench Operator").add("pin", PIN)
                .build().toString()).status());
        try (Chromium chromium = Chromium.open()) {
            WebDriver browser = chromium.driver();
            browser.get(baseUrl() + "kiosk/enrol.xhtml");
            chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolmentCode")))
                    .sendKeys(registered.json().getString("enrolmentCode") + Keys.ENTER);
            for (int round = 0; round <= ROUNDS; round++) {
                chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("badgeNumber"))).sendKeys("BB-" + suffix + Keys.ENTER);
                browser.findElement(By.id("pin")).sendKeys(PIN);
                long start = System.nanoTime();
                browser.findElement(By.id("pin")).sendKeys(Keys.ENTER);
                chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("operatorName"), "Bench Operator"));
                if (round > 0) {
                    kiosk.add(System.nanoTime() - start);
                }
                browser.get(baseUrl() + "kiosk/sign-out");
            }
        }

        String report = """
                Sign-in figures (%d rounds each, after one warm-up round; headless Chromium, milliseconds p50 / p95 / max)
                SSO: MES page requested -> provider's login form shown        %s
                SSO: credentials submitted -> MES page rendered, user named   %s
                Kiosk: PIN entered -> operator's page rendered                %s
                """.formatted(ROUNDS, summary(formShown), summary(backOnMes), summary(kiosk));
        System.out.println(report);
        Path target = Path.of("target", "bench", "sign-in.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report);
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return "%6.0f / %6.0f / %6.0f".formatted(millis(sorted, 0.5), millis(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double millis(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
