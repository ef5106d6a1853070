package dev.mlquiz.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Standard competition ranking ("1, 2, 2, 4"): equal scores share a rank. */
public final class Ranking {
    private Ranking() {}

    /** The rank of each entry of a list already sorted best first. */
    public static <T> List<Integer> ranks(List<T> sortedBestFirst, ToDoubleFunction<T> score) {
        List<Integer> ranks = new ArrayList<>(sortedBestFirst.size());
        for (int i = 0; i < sortedBestFirst.size(); i++) {
            boolean tied = i > 0
                    && score.applyAsDouble(sortedBestFirst.get(i)) == score.applyAsDouble(sortedBestFirst.get(i - 1));
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }
}
