package org.openmes.it;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a benchmark on the test servers reports: lines printed as they come (prefixed BENCH) and kept for its file. */
final class BenchReport {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
        System.out.println("BENCH " + line);
    }

    /** Writes the lines to {@code target/bench/<name>} of the module. */
    void writeTo(String name) throws IOException {
        Path file = Path.of("target/bench", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The value below which {@code quantile} of the (ascending) {@code sorted} values lie. */
    static double percentile(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (quantile * sorted.size())));
    }

    /** The machine's load average now, which the figures of a shared machine must be read with. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
