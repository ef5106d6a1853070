package dev.mlquiz.picture;

import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.RecapView;
import dev.mlquiz.core.view.StatsView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * The cards the adapters attach beside their text: a pure function from a core view to PNG bytes, the
 * same on every machine. Thread-safe.
 */
public final class Pictures {
    private final Catalog catalog;

    public Pictures(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Png leaderboard(LeaderboardView board) {
        List<String> lines = new ArrayList<>();
        lines.add(catalog.resolve(board.scope()));
        board.top().forEach(line -> lines.add(line.rank() + ". " + line.name() + " " + line.points()));
        return draw("leaderboard.png", lines);
    }

    public Png recap(RecapView recap) {
        List<String> lines = new ArrayList<>();
        lines.add(recap.channelName());
        recap.top().forEach(line -> lines.add(line.rank() + ". " + line.name() + " " + line.points()));
        return draw("recap.png", lines);
    }

    public Png stats(StatsView stats) {
        return draw("stats.png", List.of(stats.playerName()));
    }

    private static Png draw(String fileName, List<String> lines) {
        int width = 600;
        int height = 40 + 24 * lines.size();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x2b2d31));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 20, 30 + 24 * i);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Png(fileName, out.toByteArray(), width, height);
    }
}
