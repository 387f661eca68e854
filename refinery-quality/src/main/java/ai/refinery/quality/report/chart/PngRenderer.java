package ai.refinery.quality.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} with Java2D into an image, at {@link #SCALE} times the chart's size so text
 * stays sharp. Runs headless: the property is set before any AWT class loads here.
 */
public final class PngRenderer {
    private PngRenderer() {}

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** Pixels per chart unit. */
    public static final int SCALE = 2;
    private static final String FONT = "DejaVu Sans";

    public static BufferedImage render(Chart c) {
        BufferedImage img = new BufferedImage(c.width() * SCALE, c.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(awt(Palette.BACKGROUND));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(SCALE, SCALE);
            Map<String, Font> fonts = new HashMap<>();
            for (Mark m : c.marks()) {
                if (m instanceof Mark.Rect r) {
                    g.setColor(awt(r.fill()));
                    g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
                } else if (m instanceof Mark.Line l) {
                    line(g, l);
                } else if (m instanceof Mark.Text t) {
                    text(g, t, fonts);
                } else if (m instanceof Mark.Dot d) {
                    g.setColor(awt(d.fill()));
                    g.fill(new Ellipse2D.Double(d.x() - d.r(), d.y() - d.r(), 2 * d.r(), 2 * d.r()));
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes the chart as a PNG file, atomically. */
    public static void write(Chart c, Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        if (!ImageIO.write(render(c), "png", tmp.toFile())) throw new IOException("no PNG writer in this JDK");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void line(Graphics2D g, Mark.Line l) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(l.xs().get(0), l.ys().get(0));
        for (int i = 1; i < l.xs().size(); i++) p.lineTo(l.xs().get(i), l.ys().get(i));
        float[] dash = l.dashed() ? new float[] {(float) Mark.Line.DASH_ON, (float) Mark.Line.DASH_OFF} : null;
        g.setStroke(new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.setColor(awt(l.stroke()));
        g.draw(p);
    }

    private static void text(Graphics2D g, Mark.Text t, Map<String, Font> fonts) {
        Font f = fonts.computeIfAbsent(t.size() + (t.bold() ? "b" : ""),
                k -> new Font(FONT, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size()));
        g.setFont(f);
        g.setColor(awt(t.colour()));
        double w = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform saved = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.vertical()) g.rotate(-Math.PI / 2);
        g.drawString(t.text(), (float) dx, 0f);
        g.setTransform(saved);
    }

    private static Color awt(Colour c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
