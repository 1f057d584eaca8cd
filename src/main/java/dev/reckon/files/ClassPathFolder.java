package dev.reckon.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every file of a folder on Reckon's class path, whether the class path is a jar (an installed
 * Reckon, the Maven plugin) or a classes folder (tests, an IDE). Class loaders can find one
 * resource but not list a folder, so the folder is found through a file known to be in it.
 */
public final class ClassPathFolder {
    private ClassPathFolder() {
    }

    /**
     * The files below {@code folder} (slash-separated, no leading or trailing slash) with their
     * bytes, by path relative to it, in name order.
     *
     * @param anchor a file directly in the folder, by which it is found
     */
    public static SortedMap<String, byte[]> read(String folder, String anchor) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder + "/" + anchor);
        if (url == null) {
            throw new IllegalStateException(folder + "/" + anchor + " is missing from Reckon's class path");
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> fromFolder(Path.of(url.toURI()).getParent());
                case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder + "/");
                default -> throw new IllegalStateException("cannot list the class-path folder at " + url);
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

    private static SortedMap<String, byte[]> fromJar(JarURLConnection connection, String prefix) throws IOException {
        connection.setUseCaches(false);
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
