package dev.reckon.theme;

import dev.reckon.files.ClassPathFolder;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The default theme: the files under {@code dev/reckon/default-theme/} on Reckon's class path (the
 * repository's {@code templates/} folder, copied there by the build). A site's own
 * {@code templates/NAME} replaces the theme's file of that name; everything else comes from here.
 */
public final class Theme {
    /** The theme's folder on the class path. */
    private static final String CLASS_PATH_FOLDER = "dev/reckon/default-theme";
    /** The theme's assets, published under {@code assets/}. */
    public static final String ASSETS = "assets/";

    private Theme() {
    }

    /** Every file of the theme with its bytes, by slash-separated path relative to the theme, in name order. */
    public static SortedMap<String, byte[]> files() {
        return Loaded.FILES;
    }

    /** The theme's assets, by path relative to {@code assets/}. */
    public static SortedMap<String, byte[]> assets() {
        SortedMap<String, byte[]> assets = new TreeMap<>();
        files().forEach((name, bytes) -> {
            if (name.startsWith(ASSETS)) {
                assets.put(name.substring(ASSETS.length()), bytes);
            }
        });
        return Collections.unmodifiableSortedMap(assets);
    }

    /** One file of the theme (e.g. {@code post.ftlh}), if it has one. */
    public static Optional<byte[]> file(String name) {
        return Optional.ofNullable(files().get(name));
    }

    /** Read once per process: the theme is part of Reckon's code and cannot change under it. */
    private static final class Loaded {
        static final SortedMap<String, byte[]> FILES =
                Collections.unmodifiableSortedMap(ClassPathFolder.read(CLASS_PATH_FOLDER, "base.ftlh"));
    }
}
