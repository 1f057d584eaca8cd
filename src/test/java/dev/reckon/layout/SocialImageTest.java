package dev.reckon.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The drawn social card: real AWT, real PNG encoder, real fonts of this machine. */
class SocialImageTest {
    private static final String TITLE = "AI efficiency: the numbers behind a 405-billion-parameter model";

    @Test
    void isA1200By630PngWithTheTitleDrawnInIt() throws IOException {
        byte[] png = SocialImage.png(TITLE, "Reckon Notes", "example.org/sub");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(SocialImage.WIDTH, image.getWidth());
        assertEquals(SocialImage.HEIGHT, image.getHeight());
        // Text was drawn: the title area has light pixels on the dark background.
        int light = 0;
        for (int y = 200; y < 500; y++) {
            for (int x = 80; x < 1120; x++) {
                light += (image.getRGB(x, y) & 0xff) > 0xc0 ? 1 : 0;
            }
        }
        assertTrue(light > 5_000, "light pixels in the title area: " + light);
    }

    @Test
    void sameInputGivesTheSameBytesAndOtherTitlesDiffer() {
        byte[] first = SocialImage.png(TITLE, "Reckon Notes", "example.org");
        byte[] second = SocialImage.png(TITLE, "Reckon Notes", "example.org");
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, SocialImage.png("Another title", "Reckon Notes", "example.org")));
    }

    @Test
    void runsHeadlessWithARealSansSerifFont() {
        assertTrue(GraphicsEnvironment.isHeadless());
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 40);
        // The logical font resolved to an installed face (DejaVu Sans on Debian), not a missing-glyph box.
        assertTrue(font.canDisplayUpTo(TITLE) == -1, "SansSerif maps to " + font.getFontName());
        assertNotEquals("Dialog", font.getFontName(java.util.Locale.ROOT));
    }

    @Test
    void shortTitlesStayLargeAndLongOnesAreElidedAfterFourLines() {
        var g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        SocialImage.TitleLayout small = SocialImage.layoutTitle("Short title", g, 1040);
        assertEquals(java.util.List.of("Short title"), small.lines());
        assertEquals(76, small.font().getSize());

        SocialImage.TitleLayout huge = SocialImage.layoutTitle("word ".repeat(120).strip(), g, 1040);
        assertEquals(4, huge.lines().size());
        assertEquals(44, huge.font().getSize());
        assertTrue(huge.lines().get(3).endsWith("…"), huge.lines().get(3));
        for (String line : huge.lines()) {
            assertTrue(g.getFontMetrics(huge.font()).stringWidth(line) <= 1040, line);
        }
    }
}
