package dev.mlquiz.bench;

/**
 * Warm-up rounds until the JIT is quiet: until it compiled for less than {@link #JIT_QUIET_SHARE} of the
 * wall time of {@link #QUIET_ROUNDS} rounds in a row, at most {@link #MAX_ROUNDS} rounds. Measured with the
 * threads' CPU time: after one 10,000-answer burst, the compiler threads still used 0.8 s of CPU during the
 * next 10,000 answers (about 80 of each answer's 110 us of JVM time), on the two cores the scenario and
 * the database server share. A bot that has served for a while has finished compiling.
 */
final class WarmUp {
    static final double JIT_QUIET_SHARE = 0.10;
    /**
     * The JIT compiles in bursts (a method deoptimized by a path seen late is compiled again), so one quiet
     * round was often followed by measured runs that compiled for a fifth of their time.
     */
    static final int QUIET_ROUNDS = 2;
    /** The most warm-up rounds, should the JIT never quiet down. */
    static final int MAX_ROUNDS = 8;

    /** One warm-up round; {@code index} counts from 0, for names of its own. */
    @FunctionalInterface
    interface Round {
        void run(int index) throws Exception;
    }

    private WarmUp() {}

    /** Runs rounds until the JIT is quiet; answers how many ran. */
    static int untilJitIsQuiet(Round round) throws Exception {
        int rounds = 0;
        int quiet = 0;
        while (rounds < MAX_ROUNDS && quiet < QUIET_ROUNDS) {
            CpuMeter.Reading before = CpuMeter.read();
            long begin = System.nanoTime();
            round.run(rounds);
            double millis = (System.nanoTime() - begin) / 1e6;
            boolean quietRound = CpuMeter.read().minus(before).jitMillis() <= JIT_QUIET_SHARE * millis;
            quiet = quietRound ? quiet + 1 : 0;
            rounds++;
        }
        return rounds;
    }
}
