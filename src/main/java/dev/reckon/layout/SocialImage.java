package dev.reckon.layout;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.ReckonException;
import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The default social-media card of a page (og:image / twitter:image): a 1200×630 PNG with the
 * title and the site's name, drawn with the JDK's own imaging so no browser or image tool is
 * needed. Rendering uses only fixed hints and the logical "SansSerif" font, so the same title on
 * the same machine gives the same bytes (the PNG writer adds no timestamp).
 */
final class SocialImage {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 80;
    private static final int MAX_LINES = 4;
    /** The band for the title, between the site name and the footer rule. */
    private static final int TITLE_TOP = 150;
    private static final int TITLE_HEIGHT = 340;
    private static final Color BACKGROUND = new Color(0x16181b);
    private static final Color TEXT = new Color(0xf2f2f2);
    private static final Color MUTED = new Color(0x9aa4ae);
    private static final Color ACCENT = new Color(0x7ab7ff);

    static {
        // A build never has a display; without this, AWT would look for one on some systems.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Encode in memory: ImageIO's default buffers every PNG through a temporary file.
        ImageIO.setUseCache(false);
    }

    private SocialImage() {
    }

    /** @param footer a short line under the rule, e.g. the site's host name */
    static byte[] png(String title, String siteName, String footer) {
        try {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                draw(g, title, siteName, footer);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AWTError | UnsatisfiedLinkError | InternalError e) {
            // Typically a JRE without fontconfig or without any font installed.
            throw new ReckonException(Diagnostic.error("cannot draw the social image for “" + title + "”: " + e,
                    null, null, "install fontconfig and a font (Debian: apt-get install fontconfig fonts-dejavu-core), "
                            + "or give the post an image: in its front matter"));
        }
    }

    private static void draw(Graphics2D g, String title, String siteName, String footer) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 16, HEIGHT);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        g.setColor(ACCENT);
        g.drawString(siteName, MARGIN, MARGIN + 34);

        TitleLayout layout = layoutTitle(title, g, WIDTH - 2 * MARGIN);
        Font font = layout.font();
        List<String> lines = layout.lines();
        FontMetrics metrics = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(TEXT);
        int lineHeight = lineHeight(font);
        int top = TITLE_TOP + (TITLE_HEIGHT - lines.size() * lineHeight) / 2;
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, top + metrics.getAscent() + i * lineHeight);
        }

        g.setColor(MUTED);
        g.setStroke(new BasicStroke(2));
        g.drawLine(MARGIN, HEIGHT - 110, WIDTH - MARGIN, HEIGHT - 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        g.drawString(footer, MARGIN, HEIGHT - 60);
    }

    private static int lineHeight(Font font) {
        return Math.round(font.getSize() * 1.2f);
    }

    record TitleLayout(Font font, List<String> lines) {
    }

    /** The largest size at which the title fits the band in four lines; past the smallest, the end is elided. */
    static TitleLayout layoutTitle(String title, Graphics2D g, int width) {
        Font font = null;
        List<String> lines = List.of();
        for (int size = 76; size >= 44; size -= 4) {
            font = new Font(Font.SANS_SERIF, Font.BOLD, size);
            lines = wrap(title, g.getFontMetrics(font), width);
            if (lines.size() <= MAX_LINES && lines.size() * lineHeight(font) <= TITLE_HEIGHT) {
                return new TitleLayout(font, lines);
            }
        }
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        kept.set(MAX_LINES - 1, elide(kept.get(MAX_LINES - 1), g.getFontMetrics(font), width));
        return new TitleLayout(font, kept);
    }

    /** Greedy word wrap; a single word wider than the line stays whole on its own line. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String elide(String line, FontMetrics metrics, int width) {
        String text = line;
        // Always mark the cut, even when the kept line already fits.
        while (!text.isEmpty() && metrics.stringWidth(text + "…") > width) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text + "…";
    }
}
