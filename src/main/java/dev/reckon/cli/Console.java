package dev.reckon.cli;

import dev.reckon.site.SiteBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How commands talk to a person. Colour and the progress line appear only when standard output is a
 * terminal and {@code NO_COLOR} is not set (https://no-color.org), so pipes, logs and CI stay plain.
 */
final class Console {
    private static final String RESET = "\u001b[0m";

    private Console() {
    }

    static boolean isTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    static boolean colour() {
        String noColor = System.getenv("NO_COLOR");
        return isTerminal() && (noColor == null || noColor.isEmpty());
    }

    /**
     * Text for the terminal: the no-break spaces that keep a figure on one line of a page
     * ({@code 1.62 TB}) are plain spaces here, where nothing reflows and scripts split on spaces.
     */
    static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    /** Rendered diagnostics, plain, with their "error:" and "warning:" labels coloured when colour is on. */
    static String paint(String rendered) {
        if (!colour()) {
            return plain(rendered);
        }
        return plain(rendered).replaceAll("(?m)^error:", "\u001b[1;31merror" + RESET + ":")
                .replaceAll("(?m)^warning:", "\u001b[1;33mwarning" + RESET + ":");
    }

    static String bold(String text) {
        return colour() ? "\u001b[1m" + text + RESET : text;
    }

    /**
     * Follows a build's phases: times each one (for {@code --verbose}) and, on a terminal, shows a
     * progress line once the build has run for {@link #QUIET_MILLIS} — short builds print nothing extra.
     */
    static final class Progress implements SiteBuilder.Phases, AutoCloseable {
        static final long QUIET_MILLIS = 2000;
        private final long start = System.nanoTime();
        private final List<String> names = new ArrayList<>();
        private final List<Long> starts = new ArrayList<>();
        private final PrintWriter terminal;
        private final PrintWriter notices;
        private final ScheduledExecutorService ticker;
        private volatile String phase = "starting";
        private String shown;

        /**
         * @param terminal where the progress line goes, or null for none
         * @param notices  where a line saying the build waits for another goes, or null for none
         */
        Progress(PrintWriter terminal, PrintWriter notices) {
            this.terminal = terminal;
            this.notices = notices;
            if (terminal == null) {
                ticker = null;
                return;
            }
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "reckon-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, QUIET_MILLIS, 250, TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void start(String name) {
            names.add(name);
            starts.add(System.nanoTime());
            phase = name;
        }

        @Override
        public synchronized void waiting(String message) {
            if (notices != null) {
                if (shown != null) {
                    terminal.print("\r\u001b[K");
                    shown = null;
                }
                notices.println(message);
                notices.flush();
            }
        }

        private synchronized void show() {
            String line = "  building: " + phase + "… " + (System.nanoTime() - start) / 1_000_000_000L + " s";
            if (!line.equals(shown)) {
                terminal.print("\r\u001b[K" + line);
                terminal.flush();
                shown = line;
            }
        }

        /** One line per phase with its duration, in order. */
        synchronized List<String> timings() {
            List<String> out = new ArrayList<>();
            long end = System.nanoTime();
            for (int i = 0; i < names.size(); i++) {
                long next = i + 1 < starts.size() ? starts.get(i + 1) : end;
                out.add(String.format(Locale.ROOT, "  %-24s %6d ms", names.get(i), (next - starts.get(i)) / 1_000_000));
            }
            return out;
        }

        @Override
        public void close() {
            if (ticker == null) {
                return;
            }
            ticker.shutdownNow();
            synchronized (this) {
                if (shown != null) {
                    terminal.print("\r\u001b[K");
                    terminal.flush();
                }
            }
        }
    }
}
