package fr.cdg.medtravail.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent during a benchmark's timed phase, per group of this JVM's threads and by the PostgreSQL server
 * listening on a port (its postmaster and backends, read from /proc). Unlike a rate, CPU time per request hardly
 * depends on what else runs on the machine, so it compares runs taken on a busy machine.
 */
public final class CpuMeter {

    private static final double TICKS_PER_MS = 100 / 1000.0;

    private final int databasePort;
    private final Map<String, Long> threadsBefore;
    private final long processBefore;
    private final long databaseBefore;

    private CpuMeter(int databasePort) {
        this.databasePort = databasePort;
        this.threadsBefore = threadNanos();
        this.processBefore = processNanos();
        this.databaseBefore = databaseTicks();
    }

    /** Starts measuring now. */
    public static CpuMeter start(int databasePort) {
        return new CpuMeter(databasePort);
    }

    /**
     * Milliseconds of CPU per operation since the start: this JVM (with the groups of its threads still alive, the
     * largest first), the database and the sum, on one line.
     */
    public String perOperation(long operations) {
        double jvm = (processNanos() - processBefore) / 1e6 / operations;
        var after = threadNanos();
        var groups = new TreeMap<String, Double>();
        after.forEach((group, nanos) -> {
            double ms = (nanos - threadsBefore.getOrDefault(group, 0L)) / 1e6 / operations;
            if (ms >= 0.01) {
                groups.put(group, ms);
            }
        });
        double database = (databaseTicks() - databaseBefore) / TICKS_PER_MS / operations;
        var line = new StringBuilder(String.format("JVM %.2f ms (", jvm));
        groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(group -> line.append(String.format("%s %.2f, ", group.getKey(), group.getValue())));
        line.setLength(line.length() - 2);
        return line.append(String.format(")   PostgreSQL %.2f ms   total %.2f ms", database, jvm + database)).toString();
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU of live threads grouped by name without digits: "http-nio--exec-", "pool--thread-", "HttpClient--Worker-". */
    private static Map<String, Long> threadNanos() {
        var mx = ManagementFactory.getThreadMXBean();
        var groups = new TreeMap<String, Long>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long nanos = mx.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    groups.merge(info.getThreadName().replaceAll("\\d+", ""), nanos, Long::sum);
                }
            }
        }
        return groups;
    }

    /** User and system ticks of the postmaster started with "-p port" and of its children (the backends). */
    private long databaseTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            var stats = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuMeter::stat).filter(s -> s != null).toList();
            var postmaster = stats.stream().filter(s -> s.commandLine().contains("-p " + databasePort)).findFirst();
            return postmaster.map(p -> stats.stream().filter(s -> s.pid() == p.pid() || s.parent() == p.pid())
                    .mapToLong(Stat::ticks).sum()).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Stat(long pid, long parent, long ticks, String commandLine) {
    }

    private static Stat stat(Path process) {
        try {
            var stat = Files.readString(process.resolve("stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            var commandLine = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            return new Stat(Long.parseLong(process.getFileName().toString()), Long.parseLong(fields[1]),
                    Long.parseLong(fields[11]) + Long.parseLong(fields[12]), commandLine);
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
