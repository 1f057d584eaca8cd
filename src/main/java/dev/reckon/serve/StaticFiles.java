package dev.reckon.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a regular file inside the output root, or to nothing. Every check errs on
 * the side of "not found": a dev server is often left running with a port open, so it must never
 * hand out a file outside the site, whatever the URL or the symlinks inside the output say.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;

    StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * @param rawPath the path exactly as sent (still percent-encoded), so encoded separators and dots
     *                are seen before decoding could turn them into structure
     * @return the file to send, or empty for "not found"
     * @throws IllegalArgumentException for a path no honest browser sends (answered with 400)
     */
    Optional<Path> resolve(String rawPath) throws IOException {
        if (!rawPath.startsWith("/") || rawPath.contains("\\")) {
            throw new IllegalArgumentException("malformed path");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || lower.contains("%2e")) {
            throw new IllegalArgumentException("encoded separator or dot in path");
        }
        // '+' is a literal in a path, not a space; URLDecoder rejects malformed escapes itself.
        String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
            throw new IllegalArgumentException("malformed path");
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("dot segment in path");
            }
        }
        String relative = decoded.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path candidate = root.resolve(relative).normalize();
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (!candidate.startsWith(root) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        // Containment is checked on real paths: a symlink inside the output may point anywhere.
        Path real = candidate.toRealPath();
        if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /** The real 404 page of the build, if it has one. */
    Optional<Path> notFoundPage() throws IOException {
        return resolve("/404.html");
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
