package org.openmes.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The CPU time the test database has used, for benches: load on a shared machine does not change it. */
final class DatabaseCpu {
    private DatabaseCpu() {
    }

    /**
     * CPU time of the PostgreSQL server: its postmaster (with what it reaped of exited backends) and its living
     * backends and workers, from /proc.
     */
    static long nanos(Connection db) throws SQLException, IOException {
        String dataDirectory;
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            dataDirectory = rows.getString(1);
        }
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat;
                try {
                    String text = Files.readString(process.resolve("stat"));
                    stat = text.substring(text.lastIndexOf(')') + 2).split(" ");
                } catch (IOException e) { // the process ended meanwhile
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                // fields after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return ticks * 10_000_000L; // USER_HZ 100
    }
}
