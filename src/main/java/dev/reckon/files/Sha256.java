package dev.reckon.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of Reckon: it names cache entries, fingerprints data-set lookups and stamps
 * builds. It lives at the bottom of the package graph (in {@code files}, which depends on nothing)
 * so the engine, the caches and the site can all use it without depending on each other.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of the bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A fresh digest, for input fed in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
