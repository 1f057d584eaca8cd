package dev.reckon.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * KaTeX's stylesheet and fonts, taken from the same webjar as the renderer so they always match.
 * Only woff2 fonts are published (every current browser reads them); the stylesheet is trimmed to
 * reference only those, so no link in it is broken.
 */
public final class KatexAssets {
    private static final Pattern LEGACY_FONT_URLS =
            Pattern.compile(",url\\(fonts/[A-Za-z0-9_-]+\\.(woff|ttf)\\) format\\(\"(woff|truetype)\"\\)");
    private static final List<String> FONTS = List.of(
            "AMS-Regular", "Caligraphic-Bold", "Caligraphic-Regular", "Fraktur-Bold", "Fraktur-Regular",
            "Main-Bold", "Main-BoldItalic", "Main-Italic", "Main-Regular", "Math-BoldItalic", "Math-Italic",
            "SansSerif-Bold", "SansSerif-Italic", "SansSerif-Regular", "Script-Regular", "Size1-Regular",
            "Size2-Regular", "Size3-Regular", "Size4-Regular", "Typewriter-Regular");

    private KatexAssets() {
    }

    /** Files to publish, by path relative to the KaTeX folder of the site (e.g. {@code fonts/KaTeX_Main-Regular.woff2}). */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("katex.min.css", stylesheet().getBytes(StandardCharsets.UTF_8));
        for (String font : FONTS) {
            String name = "fonts/KaTeX_" + font + ".woff2";
            files.put(name, read(name));
        }
        return files;
    }

    /** KaTeX's stylesheet as published: referring to the woff2 fonts only. */
    static String stylesheet() {
        return LEGACY_FONT_URLS.matcher(new String(read("katex.min.css"), StandardCharsets.UTF_8)).replaceAll("");
    }

    private static byte[] read(String name) {
        try (InputStream in = KatexAssets.class.getClassLoader().getResourceAsStream(KatexRenderer.DIST + name)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX asset missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
