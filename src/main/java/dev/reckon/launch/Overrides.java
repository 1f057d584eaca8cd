package dev.reckon.launch;

import java.util.Locale;
import java.util.Map;

/**
 * The environment's say over the automatic choices, for measurements and odd machines:
 * {@code RECKON_JIT}, {@code RECKON_QUICK} and {@code RECKON_AOT} (each {@code auto}, {@code on} or
 * {@code off}), {@code RECKON_JIT_MIN_PAGES}, and {@code RECKON_JIT_VERBOSE} to print the choices.
 */
public record Overrides(Mode jit, Mode quick, Mode aot, int jitMinPages, boolean verbose) {
    /** Markdown files from which a cold build pays for the Graal JIT's own warm-up (BENCHMARKS.md, "Graal JIT"). */
    public static final int JIT_MIN_PAGES = 2500;
    /** No overrides: what the hint written after a build assumes. */
    public static final Overrides NONE = new Overrides(Mode.AUTO, Mode.AUTO, Mode.AUTO, JIT_MIN_PAGES, false);

    public enum Mode { AUTO, ON, OFF }

    /** The overrides in {@code env}; a value that is not one of the choices is a usage error. */
    public static Overrides from(Map<String, String> env) {
        String minPages = env.getOrDefault("RECKON_JIT_MIN_PAGES", "");
        int min;
        try {
            min = minPages.isEmpty() ? JIT_MIN_PAGES : Integer.parseInt(minPages.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RECKON_JIT_MIN_PAGES must be a number of Markdown files, not '" + minPages + "'");
        }
        return new Overrides(mode(env, "RECKON_JIT"), mode(env, "RECKON_QUICK"), mode(env, "RECKON_AOT"), min,
                !env.getOrDefault("RECKON_JIT_VERBOSE", "").isEmpty());
    }

    private static Mode mode(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> Mode.AUTO;
            case "on", "1" -> Mode.ON;
            case "off", "0" -> Mode.OFF;
            default -> throw new IllegalArgumentException(name + " must be on, off or auto, not '" + env.get(name) + "'");
        };
    }
}
