package dev.reckon.math;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders each distinct formula once per build, and creates the (expensive) KaTeX engine only when
 * a formula actually needs rendering.
 */
public final class CachingMathRenderer implements MathRenderer {
    private record Key(String tex, boolean display) {
    }

    private final Supplier<MathRenderer> delegate;
    private volatile MathRenderer renderer;
    private final ConcurrentHashMap<Key, String> rendered = new ConcurrentHashMap<>();
    private final AtomicInteger renders = new AtomicInteger();
    private final AtomicInteger reuses = new AtomicInteger();

    public CachingMathRenderer(Supplier<MathRenderer> delegate) {
        this.delegate = delegate;
    }

    @Override
    public String render(String tex, boolean display) {
        Key key = new Key(tex, display);
        String cached = rendered.get(key);
        if (cached != null) {
            reuses.incrementAndGet();
            return cached;
        }
        String html = renderer().render(tex, display);
        renders.incrementAndGet();
        rendered.putIfAbsent(key, html);
        return html;
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

    public int rendered() {
        return renders.get();
    }

    public int reused() {
        return reuses.get();
    }
}
