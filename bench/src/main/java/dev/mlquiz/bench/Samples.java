package dev.mlquiz.bench;

import java.util.Arrays;
import java.util.stream.LongStream;

/** Latencies in nanoseconds, summarised as percentiles in milliseconds. */
final class Samples {
    private final long[] nanos;

    Samples(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    double percentileMillis(double p) {
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
    }

    double maxMillis() {
        return nanos[nanos.length - 1] / 1e6;
    }

    LongStream nanos() {
        return Arrays.stream(nanos);
    }

    int count() {
        return nanos.length;
    }
}
