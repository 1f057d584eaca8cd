package dev.reckon.layout;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * One run of a template, watched from inside Freemarker against its {@link TemplateLimits}.
 * Freemarker calls this tracer as it enters every element (with the loop checks {@link Templates}
 * adds, also every loop iteration and every macro or function body), so nesting, time and
 * allocation are checked where the work happens, on the rendering thread: no watchdog thread, no
 * interrupt flag left on a pool thread. The output goes through {@link #writer()}, which counts it.
 * A limit exceeded is an {@link Exceeded} naming the element that was running.
 */
final class TemplateBudget implements TemplateProcessingTracer {
    /** Null where the JVM cannot count a thread's allocations; then only the other limits apply. */
    private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();

    private final TemplateLimits limits;
    private final long deadline;
    private final long allocationLimit;
    private final StringBuilder text = new StringBuilder();
    private int depth;
    /** The elements entered and not yet left, innermost last, up to the nesting limit. */
    private final TracedElement[] stack;
    private boolean exceeded;
    /** The element entered last: where the run was when a limit was hit or the JVM gave up. */
    private TracedElement current;

    TemplateBudget(TemplateLimits limits) {
        this.limits = limits;
        this.stack = new TracedElement[limits.depth() + 1];
        this.deadline = System.nanoTime() + limits.time().toNanos();
        this.allocationLimit = THREADS == null ? Long.MAX_VALUE : saturatedSum(allocated(), limits.allocated());
    }

    /** What a run exceeded, and where. */
    static final class Exceeded extends RuntimeException {
        final String limit;
        final String hint;
        final TracedElement at;

        Exceeded(String limit, String hint, TracedElement at) {
            super(limit, null, false, false);
            this.limit = limit;
            this.hint = hint;
            this.at = at;
        }
    }

    static final String RECURSION = "a macro, function or #include that calls itself needs a condition that ends the recursion";
    static final String MEMORY = "a value grows without bound here (e.g. a string doubled in a loop); build it from the page's data";
    private static final String LOOP = "a loop runs too long here; loop over the page's data, not over a huge range";

    @Override
    public void enterElement(Environment env, TracedElement element) {
        current = element;
        stack[Math.min(depth, stack.length - 1)] = element;
        if (++depth > limits.depth()) {
            throw exceeded("nesting limit (" + limits.depth() + " levels)", RECURSION, recursion());
        }
        if (System.nanoTime() - deadline > 0) {
            throw exceeded("time limit (" + duration() + " per page)", LOOP, element);
        }
    }

    /**
     * Allocation is checked as an element ends, so the element that built the string is the one
     * blamed. Once a limit was hit nothing more is checked: the elements it unwinds through end too.
     */
    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
        if (!exceeded && THREADS != null && allocated() > allocationLimit) {
            throw exceeded("memory limit (" + (limits.allocated() >> 20) + " MiB per page)", MEMORY, element);
        }
    }

    private Exceeded exceeded(String limit, String hint, TracedElement at) {
        exceeded = true;
        return new Exceeded(limit, hint, at);
    }

    /**
     * The call that recursed: the innermost element on the stack that is not a macro's or function's
     * own body (or Freemarker's loop check, which sits at its parent), i.e. the {@code <@call>},
     * {@code ${f()}}, {@code <#return f()>} or {@code <#include>} that went one level deeper.
     */
    private TracedElement recursion() {
        for (int i = stack.length - 1; i >= 0; i--) {
            String what = stack[i].getDescription();
            if (!what.startsWith("#macro") && !what.startsWith("#function") && !what.startsWith("<#--")) {
                return stack[i];
            }
        }
        return current;
    }

    private String duration() {
        Duration time = limits.time();
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    /** Where the run was last: the element to blame when the JVM itself gave up (stack, heap). */
    TracedElement current() {
        return current;
    }

    /** The run's output, refused beyond {@link TemplateLimits#output()} characters. */
    Writer writer() {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                take(length);
                text.append(chars, offset, length);
            }

            @Override
            public void write(String s, int offset, int length) {
                take(length);
                text.append(s, offset, offset + length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    String output() {
        return text.toString();
    }

    private void take(int length) {
        if (text.length() + (long) length > limits.output()) {
            throw exceeded(String.format(Locale.ROOT, "output limit (%,d characters per page)", limits.output()), LOOP, current);
        }
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private static long allocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads;
        }
        return null;
    }
}
