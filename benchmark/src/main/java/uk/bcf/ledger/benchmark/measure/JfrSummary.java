package uk.bcf.ledger.benchmark.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording's threads spent their samples: Java code on CPU ({@code jdk.ExecutionSample}) and
 * threads parked in native code ({@code jdk.NativeMethodSample}, which is mostly waiting for PostgreSQL's answer on
 * a socket; threads idle in a selector or {@code accept} are left out). For each kind: the threads sampled, the hottest methods by self time, the library the top frame
 * belongs to and the method of another library or the project through which it was entered, and, for each sample,
 * the innermost project method ({@code uk.bcf}) and Axon method on the stack, which tell which piece of code the
 * time is spent for.
 */
public final class JfrSummary {

    private static final int TOP = 20;
    private static final Set<String> IDLE = Set.of("sun.nio.ch.EPoll.wait", "sun.nio.ch.Net.accept");
    private static final List<String> LIBRARIES = List.of(
            "uk.bcf.",
            "org.axonframework.",
            "org.postgresql.",
            "com.fasterxml.jackson.",
            "tools.jackson.",
            "io.micrometer.",
            "org.HdrHistogram.",
            "com.zaxxer.hikari.",
            "org.springframework.",
            "org.apache.tomcat.",
            "org.apache.catalina.",
            "org.apache.coyote.",
            "org.apache.commons.csv.",
            "org.thymeleaf.",
            "ch.qos.logback.",
            "java.",
            "jdk.",
            "sun.");

    private JfrSummary() {}

    /** Threads parked in a selector or in accept are idle, not waiting for an answer: left out of the summary. */
    private static boolean idle(RecordedStackTrace stack) {
        if (stack.getFrames().isEmpty()) {
            return true;
        }
        String top = stack.getFrames().get(0).getMethod().getType().getName() + "."
                + stack.getFrames().get(0).getMethod().getName();
        return IDLE.contains(top);
    }

    public static String of(Path recording) {
        Map<String, Tally> tallies = new HashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if ((type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample"))
                        && event.getStackTrace() != null
                        && !idle(event.getStackTrace())) {
                    String thread = event.getThread("sampledThread") == null
                            ? "?"
                            : event.getThread("sampledThread").getJavaName();
                    tallies.computeIfAbsent(type, name -> new Tally()).add(thread, event.getStackTrace());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recording, e);
        }
        StringBuilder text = new StringBuilder();
        tallies.forEach((type, tally) -> text.append(tally.describe(type)));
        return text.toString();
    }

    /** Sample counts of one event type. */
    private static final class Tally {

        private long samples;
        private final Map<String, Long> threads = new HashMap<>();
        private final Map<String, Long> selfMethods = new HashMap<>();
        private final Map<String, Long> libraries = new HashMap<>();
        private final Map<String, Long> projectFrames = new HashMap<>();
        private final Map<String, Long> axonFrames = new HashMap<>();
        private final Map<String, Long> entries = new HashMap<>();
        private final Map<String, Long> inclusive = new HashMap<>();

        void add(String thread, RecordedStackTrace stack) {
            List<RecordedFrame> frames = stack.getFrames();
            if (frames.isEmpty()) {
                return;
            }
            samples++;
            threads.merge(threadGroup(thread), 1L, Long::sum);
            String top = method(frames.get(0));
            selfMethods.merge(top, 1L, Long::sum);
            libraries.merge(library(top), 1L, Long::sum);
            projectFrames.merge(innermost(frames, "uk.bcf."), 1L, Long::sum);
            axonFrames.merge(innermost(frames, "org.axonframework."), 1L, Long::sum);
            entries.merge(entry(frames), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if ((method.startsWith("uk.bcf.") || method.startsWith("org.axonframework.")) && seen.add(method)) {
                    inclusive.merge(method, 1L, Long::sum);
                }
            }
        }

        String describe(String type) {
            return """
                    %s: %,d samples
                      threads:%n%s  library of the top frame:%n%s  where that library was called from:%n%s  hottest methods (self):%n%s  innermost project frame:%n%s  innermost Axon frame:%n%s  project and Axon methods on the stack (inclusive):%n%s""".formatted(
                            type,
                            samples,
                            top(threads),
                            top(libraries),
                            top(entries),
                            top(selfMethods),
                            top(projectFrames),
                            top(axonFrames),
                            top(inclusive));
        }

        private String top(Map<String, Long> counts) {
            StringBuilder text = new StringBuilder();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(TOP)
                    .forEach(entry -> text.append("    %5.1f%%  %,8d  %s%n"
                            .formatted(100.0 * entry.getValue() / samples, entry.getValue(), entry.getKey())));
            return text.toString();
        }

        private static String innermost(List<RecordedFrame> frames, String prefix) {
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if (method.startsWith(prefix)) {
                    return method;
                }
            }
            return "(none)";
        }

        /**
         * The caller through which the sample entered the library of its top frame, as {@code caller -> library}:
         * which code of another library or of the project the time in, say, Micrometer or the JDBC driver is for.
         */
        private static String entry(List<RecordedFrame> frames) {
            String library = library(method(frames.get(0)));
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if (!library(method).equals(library)
                        && !method.startsWith("java.")
                        && !method.startsWith("jdk.")
                        && !method.startsWith("sun.")) {
                    return method + " -> " + library;
                }
            }
            return "(within) " + library;
        }

        private static String threadGroup(String thread) {
            return thread.replaceAll("\\d+", "#");
        }

        private static String library(String method) {
            return LIBRARIES.stream().filter(method::startsWith).findFirst().orElse("other");
        }

        private static String method(RecordedFrame frame) {
            return frame.getMethod().getType().getName() + "."
                    + frame.getMethod().getName();
        }
    }
}
