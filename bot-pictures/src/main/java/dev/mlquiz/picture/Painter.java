package dev.mlquiz.picture;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws a layout, then encodes it as PNG: the corners outside the rounded card stay transparent. */
final class Painter {
    private Painter() {}

    static BufferedImage image(Layout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (Piece piece : layout.pieces()) {
                paint(g, piece);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, Piece piece) {
        if (piece instanceof Piece.Box box) {
            fill(g, box.x(), box.y(), box.width(), box.height(), box.arc(), box.ink());
        } else if (piece instanceof Piece.Bar bar) {
            fill(g, bar.x(), bar.y(), bar.width(), bar.height(), barArc(bar), bar.ink());
        } else if (piece instanceof Piece.Label label) {
            text(g, label);
        }
    }

    /** Round ends on thin bars, softly rounded corners on thick ones. */
    private static int barArc(Piece.Bar bar) {
        return Math.min(Sketch.BAR_ARC, Math.min(bar.width(), bar.height()));
    }

    private static void fill(Graphics2D g, int x, int y, int width, int height, int arc, Ink ink) {
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setColor(ink.color());
        g.fill(new RoundRectangle2D.Float(x, y, width, height, arc, arc));
    }

    private static void text(Graphics2D g, Piece.Label label) {
        g.setColor(label.ink().color());
        float x = label.x();
        for (Piece.Run run : label.runs()) {
            g.setFont(Fonts.font(label.style(), run.face()));
            g.drawString(Fonts.drawn(run), x, label.baseline());
            x += (float) Fonts.width(run, label.style());
        }
    }

    static byte[] png(Layout layout) {
        return PngEncoder.encode(image(layout));
    }
}
