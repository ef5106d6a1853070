package dev.mlquiz.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/** Standard competition ranking ("1, 2, 2, 4"): equal scores share a rank. */
public final class Ranking {
    private Ranking() {}

    /** The rank of each entry of a list already sorted best first. */
    private static <T> List<Integer> ranks(List<T> sortedBestFirst, ToDoubleFunction<T> score) {
        List<Integer> ranks = new ArrayList<>(sortedBestFirst.size());
        for (int i = 0; i < sortedBestFirst.size(); i++) {
            boolean tied = i > 0
                    && score.applyAsDouble(sortedBestFirst.get(i)) == score.applyAsDouble(sortedBestFirst.get(i - 1));
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }

    /** Each entry of a list already sorted best first, made into a line that shows its rank. */
    public static <T, L> List<L> ranked(
            List<T> sortedBestFirst, ToDoubleFunction<T> score, BiFunction<Integer, T, L> line) {
        List<Integer> ranks = ranks(sortedBestFirst, score);
        List<L> lines = new ArrayList<>(sortedBestFirst.size());
        for (int i = 0; i < sortedBestFirst.size(); i++) {
            lines.add(line.apply(ranks.get(i), sortedBestFirst.get(i)));
        }
        return lines;
    }
}
