package dev.reckon.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The default theme: the files under {@code dev/reckon/default-theme/} on Reckon's class path (the
 * repository's {@code templates/} folder, copied there by the build). A site's own
 * {@code templates/NAME} replaces the theme's file of that name; everything else comes from here.
 */
public final class Theme {
    /** The theme's folder on the class path, as Freemarker's class template loader names it. */
    public static final String CLASS_PATH_FOLDER = "dev/reckon/default-theme";
    /** The theme's assets, published under {@code assets/}. */
    public static final String ASSETS = "assets/";
    /** A file every theme has, by which the folder is found (in a jar or a classes folder). */
    private static final String ANCHOR = "base.ftlh";

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
        static final SortedMap<String, byte[]> FILES = Collections.unmodifiableSortedMap(read());
    }

    private static SortedMap<String, byte[]> read() {
        URL anchor = Theme.class.getClassLoader().getResource(CLASS_PATH_FOLDER + "/" + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("the default theme is missing from Reckon's class path ("
                    + CLASS_PATH_FOLDER + "/" + ANCHOR + ")");
        }
        try {
            return switch (anchor.getProtocol()) {
                case "file" -> fromFolder(Path.of(anchor.toURI()).getParent());
                case "jar" -> fromJar((JarURLConnection) anchor.openConnection());
                default -> throw new IllegalStateException("cannot list the default theme at " + anchor);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, byte[]> fromFolder(Path folder) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static SortedMap<String, byte[]> fromJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        String prefix = CLASS_PATH_FOLDER + "/";
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
