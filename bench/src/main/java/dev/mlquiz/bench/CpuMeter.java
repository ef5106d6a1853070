package dev.mlquiz.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time used by this JVM, by its JIT compiler, and by the PostgreSQL server's processes on this machine
 * (the embedded server the bench starts; none for SQLite, which runs inside the JVM).
 */
final class CpuMeter {
    record Reading(long jvmNanos, long serverNanos, long jitMillis) {
        Reading minus(Reading earlier) {
            return new Reading(
                    jvmNanos - earlier.jvmNanos, serverNanos - earlier.serverNanos, jitMillis - earlier.jitMillis);
        }
    }

    private CpuMeter() {}

    static Reading read() {
        long jvm = cpuNanos(ProcessHandle.current());
        long server = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .mapToLong(CpuMeter::cpuNanos)
                .sum();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return new Reading(jvm, server, jit);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
