package dev.reckon.site;

import dev.reckon.math.DiskMathCache;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Drawn social images kept between builds: drawing and PNG-encoding a 1200×630 card costs tens of
 * milliseconds, which for a thousand posts was most of a warm build. Keyed by the card's text and
 * by what draws it (Reckon's code and the Java runtime, whose fonts and encoder shape the bytes);
 * stored as Base64 in the disk cache, so a damaged entry fails its checksum and is drawn again.
 */
final class SocialImageCache {
    static final String DIR = ".reckon/cache/images";
    private static final long MAX_BYTES = 128L * 1024 * 1024;

    private final DiskMathCache disk;

    SocialImageCache(Path root) {
        this.disk = new DiskMathCache(root.resolve(DIR),
                "social-image " + BuildStamp.codeIdentity() + " java " + Runtime.version(), MAX_BYTES);
    }

    byte[] png(String title, String siteName, String footer) {
        // Length-prefixed, so no split of the three texts collides with another.
        String input = title.length() + ":" + title + siteName.length() + ":" + siteName + footer;
        return disk.get(input, false)
                .map(Base64.getDecoder()::decode)
                .orElseGet(() -> {
                    byte[] png = SocialImage.png(title, siteName, footer);
                    disk.put(input, false, Base64.getEncoder().encodeToString(png));
                    return png;
                });
    }

    void trim() {
        disk.trim();
    }
}
