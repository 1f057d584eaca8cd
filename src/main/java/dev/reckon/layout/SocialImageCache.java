package dev.reckon.layout;

import dev.reckon.files.DiskCache;
import dev.reckon.output.BuildMemo;
import dev.reckon.output.BuildStamp;
import java.nio.file.Path;

/**
 * Drawn social images kept between builds: drawing and PNG-encoding a 1200×630 card costs tens of
 * milliseconds, which for a thousand posts was most of a warm build. Keyed by the card's text and
 * by what draws it (Reckon's code and the Java runtime, whose fonts and encoder shape the bytes);
 * stored in the disk cache, so a damaged entry fails its checksum and is drawn again.
 */
public final class SocialImageCache {
    static final String DIR = ".reckon/cache/images";
    /** A card is ~11 KB: 10,000 posts need ~130 MB; a smaller bound would redraw evicted cards every build. */
    private static final long MAX_BYTES = DiskCache.DEFAULT_MAX_BYTES / 2;

    private final Path root;
    private final DiskCache disk;
    /** With {@code remember}: the cards the last build used, so the next one (in serve) reads no files for them. */
    private final BuildMemo<byte[]> memo;

    /** @param remember keep each build's cards in memory for the next build of this builder */
    public SocialImageCache(Path root, boolean remember) {
        this.root = root;
        this.memo = remember ? new BuildMemo<>() : null;
        this.disk = new DiskCache(root.resolve(DIR),
                "social-image " + BuildStamp.codeIdentity() + " java " + Runtime.version(), MAX_BYTES);
    }

    byte[] png(String title, String siteName, String footer) {
        // Length-prefixed, so no split of the three texts collides with another.
        String input = title.length() + ":" + title + siteName.length() + ":" + siteName + footer;
        byte[] png = memo == null ? null : memo.last(input);
        if (png == null) {
            png = disk.get(input).orElseGet(() -> {
                byte[] drawn = SocialImage.png(title, siteName, footer);
                disk.put(input, drawn);
                return drawn;
            });
        }
        if (memo != null) {
            memo.keep(input, png);
        }
        return png;
    }

    public boolean storedIn(Path root) {
        return this.root.equals(root);
    }

    /** Ends a build: keeps its cards in memory for the next, and bounds the disk folder. */
    public void trim() {
        if (memo != null) {
            memo.finish();
        }
        disk.trim();
    }
}
