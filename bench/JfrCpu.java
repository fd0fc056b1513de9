import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU went (the profile bench/telemetry.sh records with JFR=dir): every execution sample
 * (jdk.ExecutionSample) is counted once under the stage of the telemetry pipeline it belongs to, judged by the
 * frames on its stack (first rule that matches wins), and once under the package of its top frame. Prints both
 * tables, largest first, with shares of all samples, and then, per stage, the methods its samples were in (top
 * frame) and the application methods below them (first org.openmes frame), to see what inside a stage costs.
 * A single-file program: {@code java bench/JfrCpu.java FILE.jfr...}.
 */
public class JfrCpu {
    /** Stage, then the frame prefixes that put a sample in it (any frame of the stack, checked from the top). */
    private static final List<String[]> STAGES = List.of(
            new String[] {"connector: JMS send (client side and engine, on the sender's thread)", "org.openmes.telemetry.connector.JmsScanSender"},
            new String[] {"connector: message encoding (ScanMessage)", "org.openmes.telemetry.connector.ScanMessage"},
            new String[] {"connector: PLC4X read request building / tag parsing", "org.apache.plc4x.java.spi.messages.DefaultPlcReadRequest$Builder",
                    "org.apache.plc4x.java.modbus.base.tag.ModbusTag", "org.apache.plc4x.java.spi.connection.DefaultPlcTagHandler"},
            new String[] {"connector: PlcValue -> sample (toSamples)", "org.openmes.telemetry.connector.PlcSession.toSamples"},
            new String[] {"connector: report-by-exception, edges, heartbeat", "org.openmes.telemetry.connector.ReportByException",
                    "org.openmes.telemetry.connector.EdgeDetector", "org.openmes.telemetry.connector.Heartbeat"},
            new String[] {"connector: PLC4X / Netty (protocol, I/O)", "org.apache.plc4x", "io.netty"},
            new String[] {"connector: other (poller, publisher)", "org.openmes.telemetry.connector"},
            new String[] {"ingest: JSON parsing", "org.openmes.telemetry.ingest.ScanBatch.parse"},
            new String[] {"ingest: live signals", "org.openmes.telemetry.live"},
            new String[] {"ingest: COPY and SQL", "org.openmes.telemetry.ingest.ScanBatch.store", "org.postgresql"},
            new String[] {"ingest: other", "org.openmes.telemetry.ingest"},
            new String[] {"messaging engine (store, dispatch)", "com.ibm.ws.sib", "com.ibm.ws.messaging", "com.ibm.ws.objectManager",
                    "com.ibm.ws.sib.msgstore", "com.ibm.ejs.ras", "com.ibm.ws.jca"},
            new String[] {"other application and server", "org.openmes", "com.ibm", "org.eclipse", "io.openliberty"});

    public static void main(String[] args) throws Exception {
        Map<String, Long> stages = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Map<String, Long>> methods = new HashMap<>();
        long total = 0;
        for (String file : args) {
            for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                total++;
                String stage = stage(frames);
                stages.merge(stage, 1L, Long::sum);
                methods.computeIfAbsent(stage, name -> new HashMap<>()).merge(
                        (frames.isEmpty() ? "(no frames)" : name(frames.get(0))) + " < " + application(frames), 1L, Long::sum);
                packages.merge(frames.isEmpty() ? "(no frames)" : packageOf(frames.get(0)), 1L, Long::sum);
            }
        }
        print("stage (inclusive, first match)", stages, total);
        print("package of the top frame (self)", packages, total);
        long all = total;
        stages.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(stage -> print(stage.getKey() + ": top frame < first application frame", methods.get(stage.getKey()), all));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String application(List<RecordedFrame> frames) {
        return frames.stream().map(JfrCpu::name).filter(name -> name.startsWith("org.openmes")).findFirst().orElse("-");
    }

    private static String stage(List<RecordedFrame> frames) {
        for (String[] stage : STAGES) {
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                for (int i = 1; i < stage.length; i++) {
                    if (name.startsWith(stage[i])) {
                        return stage[0];
                    }
                }
            }
        }
        return "JVM and JDK (GC, JIT-compiled JDK code without an application frame)";
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(4, Math.max(1, parts.length - 1))));
    }

    private static void print(String title, Map<String, Long> counts, long total) {
        System.out.printf(Locale.ROOT, "%n%s: %,d samples%n", title, total);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(entry -> System.out.printf(Locale.ROOT, "%5.1f %%  %s%n", 100.0 * entry.getValue() / total, entry.getKey()));
    }
}
