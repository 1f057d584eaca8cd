package dev.reckon.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * What a reader sees, measured in real Chromium: pages open in same-origin frames of a harness page
 * (a frame's width is the page's window width), and {@code browser/reading-check.js} measures each
 * once its fonts have loaded: no sideways page scroll, display math and charts inside the column or
 * scrolling with a visible cue, every derived equation's result in view, heading anchors on screen
 * and named, exactly the preloaded fonts used, and every visible text at WCAG AA contrast on what
 * lies behind it. The pages themselves have no script; the harness is the only one.
 */
public final class ReadingCheck {
    private static final String HARNESS = "__reading-check.html";
    private static final Pattern LINE = Pattern.compile("^(FRAME|HEIGHT|FAIL) (\\S+?):? (.+)$");

    /** A page to open, at a window width. */
    public record Frame(String path, int width) {
        String id() {
            return path + "@" + width;
        }
    }

    /**
     * @param failures what failed, each naming its frame
     * @param heights  each measured frame's full page height in pixels, by frame
     */
    public record Result(List<String> failures, Map<Frame, Integer> heights) {
    }

    private ReadingCheck() {
    }

    /** Opens the frames in one browser run with the colour scheme, from a harness written into {@code root}. */
    public static Result run(Chromium browser, Path root, List<Frame> frames, Chromium.Scheme scheme)
            throws IOException, InterruptedException {
        Files.writeString(root.resolve(HARNESS), harness(frames), StandardCharsets.UTF_8);
        Files.write(root.resolve("__reading-check.js"), script());
        var result = Jsoup.parse(browser.dumpDom("/" + HARNESS, scheme, 1700, 4000)).getElementById("result");
        if (result == null || result.wholeText().equals("pending")) {
            // On a loaded machine Chromium can end its virtual time before the frames' fonts are in;
            // that is no finding about the pages, so the harness is given one more run.
            result = Jsoup.parse(browser.dumpDom("/" + HARNESS, scheme, 1700, 4000)).getElementById("result");
        }
        List<String> failures = new ArrayList<>();
        Map<Frame, Integer> heights = new LinkedHashMap<>();
        if (result == null || result.wholeText().equals("pending")) {
            failures.add(scheme + ": the harness reported nothing");
            return new Result(failures, heights);
        }
        for (String line : result.wholeText().split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "FAIL" -> failures.add(scheme + " " + m.group(2) + ": " + m.group(3));
                case "HEIGHT" -> frames.stream().filter(f -> f.id().equals(m.group(2))).findFirst()
                        .ifPresent(f -> heights.put(f, Integer.parseInt(m.group(3))));
                default -> { }
            }
        }
        for (Frame frame : frames) {
            if (!heights.containsKey(frame)) {
                failures.add(scheme + " " + frame.id() + ": not measured");
            }
        }
        return new Result(failures, heights);
    }

    private static String harness(List<Frame> frames) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<link rel=\"icon\" href=\"data:,\"></head><body>\n");
        for (Frame frame : frames) {
            html.append("<iframe id=\"%s\" src=\"%s\" width=\"%d\" height=\"800\"></iframe>\n"
                    .formatted(frame.id(), frame.path(), frame.width()));
        }
        return html.append("<pre id=\"result\">pending</pre>\n<script src=\"/__reading-check.js\"></script>\n</body></html>\n")
                .toString();
    }

    private static byte[] script() throws IOException {
        try (InputStream in = ReadingCheck.class.getResourceAsStream("/browser/reading-check.js")) {
            return in.readAllBytes();
        }
    }
}
