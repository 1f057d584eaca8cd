package dev.reckon.math;

import dev.reckon.files.DiskCache;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders each distinct formula once per build (and, with a {@link DiskCache}, once ever), and
 * creates the expensive KaTeX engine only when some formula is in neither cache. A formula is kept
 * with its fonts ({@link Typeset}): a disk entry is one line of font files, then the markup.
 */
public final class CachingMathRenderer implements MathRenderer {
    private record Key(String tex, boolean display) {
    }

    /**
     * Formulas kept in memory per build. Beyond this many, a formula rendered fine is dropped from
     * memory once done (the disk cache has it, unless its folder cannot be written; then a repeat is
     * rendered again), so a 10,000-post build does not hold 100,000 rendered formulas; the ones seen
     * first, which in practice are the ones repeated, stay. Failed formulas stay, so their error is
     * reported the same way for every page.
     */
    static final int MAX_KEPT = 4096;

    private final Supplier<MathRenderer> delegate;
    private final DiskCache disk;
    private volatile MathRenderer renderer;
    // A future per formula: the first thread renders, threads asking for the same formula meanwhile wait.
    private final ConcurrentHashMap<Key, CompletableFuture<Typeset>> formulas = new ConcurrentHashMap<>();
    private final AtomicInteger renders = new AtomicInteger();
    private final AtomicInteger reuses = new AtomicInteger();

    /** Caches in memory for one build only. */
    public CachingMathRenderer(Supplier<MathRenderer> delegate) {
        this(delegate, null);
    }

    /**
     * @param disk persistent cache shared across builds, or null for none; its fingerprint must name
     *             everything besides the TeX and display mode that decides the HTML
     *             ({@link KatexRenderer#fingerprint()})
     */
    public CachingMathRenderer(Supplier<MathRenderer> delegate, DiskCache disk) {
        this.delegate = delegate;
        this.disk = disk;
    }

    @Override
    public String render(String tex, boolean display) {
        return typeset(tex, display).html();
    }

    @Override
    public Typeset typeset(String tex, boolean display) {
        CompletableFuture<Typeset> mine = new CompletableFuture<>();
        CompletableFuture<Typeset> existing = formulas.putIfAbsent(new Key(tex, display), mine);
        if (existing != null) {
            reuses.incrementAndGet();
            return join(existing);
        }
        try {
            mine.complete(lookUpOrRender(tex, display));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        if (disk != null && formulas.size() > MAX_KEPT && !mine.isCompletedExceptionally()) {
            formulas.remove(new Key(tex, display), mine);
        }
        return join(mine);
    }

    private Typeset lookUpOrRender(String tex, boolean display) {
        String key = diskKey(tex, display);
        Optional<Typeset> stored = disk == null ? Optional.empty() : disk.getText(key).flatMap(CachingMathRenderer::decode);
        if (stored.isPresent()) {
            reuses.incrementAndGet();
            return stored.get();
        }
        Typeset formula = renderer().typeset(tex, display);
        renders.incrementAndGet();
        if (disk != null) {
            disk.putText(key, String.join(" ", formula.fonts()) + "\n" + formula.html());
        }
        return formula;
    }

    private static Optional<Typeset> decode(String stored) {
        int newline = stored.indexOf('\n');
        if (newline < 0) {
            return Optional.empty(); // not an entry this code wrote: render again
        }
        String fonts = stored.substring(0, newline);
        return Optional.of(new Typeset(stored.substring(newline + 1),
                new TreeSet<>(fonts.isEmpty() ? List.of() : List.of(fonts.split(" ")))));
    }

    /** A formula's key in the disk cache: its mode, then its TeX ("typeset": entries with their fonts). */
    private static String diskKey(String tex, boolean display) {
        return "typeset|" + (display ? "display" : "inline") + "|" + tex;
    }

    private static Typeset join(CompletableFuture<Typeset> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // Rethrow the renderer's own exception (e.g. TexException) for every page using the formula.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private MathRenderer renderer() {
        MathRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = delegate.get();
                }
                r = renderer;
            }
        }
        return r;
    }

    /** Formulas KaTeX actually rendered in this build. */
    public int rendered() {
        return renders.get();
    }

    /** Formulas taken from the in-memory or the disk cache. */
    public int reused() {
        return reuses.get();
    }
}
