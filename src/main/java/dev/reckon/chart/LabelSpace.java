package dev.reckon.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The plot area as labels see it, in chart coordinates that hold at every width: across, a fraction of the
 * plot's width (positions scale with the column); down, CSS pixels (the height is fixed). Text does not
 * scale, so a label anchored at fraction f covers a different fraction at each width; a box here is the
 * union of those, for every width from {@link #MIN_WIDTH} up. Labels whose boxes do not meet here do not
 * meet on any screen, and a label inside the plot here stays inside it everywhere.
 */
final class LabelSpace {
    /** The narrowest plot the layout is made for: a 320 px phone's column; narrower columns scroll the chart. */
    static final double MIN_WIDTH = 280;
    /** Clear space kept around text, in pixels. */
    private static final double PAD = 2;
    private static final double MARKER_GAP = 7;
    private static final int MAX_ROWS_AWAY = 12;
    /** What a label lying across a series costs, against one row further away. */
    private static final int CROSSING = 30;

    /** Fractions {@code f0..f1} across, pixels {@code y0..y1} down. */
    record Box(double f0, double f1, double y0, double y1) {
        boolean meets(Box o) {
            return f0 < o.f1 && o.f0 < f1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    /**
     * Text at fraction {@code f}, moved {@code dx} pixels, with its anchor ("start", "middle", "end"); lines
     * after the first sit {@link TextMetrics#LINE_HEIGHT} below it.
     */
    record Text(List<String> lines, double f, double dx, String anchor, double baseline) {
        Text(String text, double f, double dx, String anchor, double baseline) {
            this(List.of(text), f, dx, anchor, baseline);
        }

        Box box() {
            double width = lines.stream().mapToDouble(TextMetrics::width).max().orElse(0);
            double left = switch (anchor) {
                case "end" -> dx - width;
                case "middle" -> dx - width / 2;
                default -> dx;
            };
            return pixels(f, left - PAD, left + width + PAD, baseline - TextMetrics.ASCENT, last() + TextMetrics.DESCENT);
        }

        double last() {
            return baseline + (lines.size() - 1) * TextMetrics.LINE_HEIGHT;
        }
    }

    /**
     * A placed marker label, where its leader line ends when it had to move away from its point, and how
     * far it is from ideal (beside its point on one line; every row away, a second line or a crossed series
     * adds to it).
     */
    record Placed(Text text, double leaderTo, int cost) {
        boolean crossesSeries() {
            return cost >= CROSSING;
        }

        boolean hasLeader() {
            return !Double.isNaN(leaderTo);
        }
    }

    private final List<Box> labels = new ArrayList<>();
    private final List<Box> lines = new ArrayList<>();
    private final double top;
    private final double bottom;

    LabelSpace(double top, double bottom) {
        this.top = top;
        this.bottom = bottom;
    }

    /** The box of pixels {@code [left, right]} beside fraction {@code f}, over every width from MIN_WIDTH up. */
    static Box pixels(double f, double left, double right, double y0, double y1) {
        return new Box(f + Math.min(left, 0) / MIN_WIDTH, f + Math.max(right, 0) / MIN_WIDTH, y0, y1);
    }

    /** A point of a drawn line (or a marker) that labels keep clear of. */
    void line(double f, double y, double radius) {
        lines.add(pixels(f, -radius, radius, y - radius, y + radius));
    }

    /** Text already placed (tick labels inside the plot) that later labels must avoid. */
    void take(Box box) {
        labels.add(box);
    }

    /** How many labels are placed, to {@link #undo} trial placements back to. */
    int placed() {
        return labels.size();
    }

    void undo(int placed) {
        labels.subList(placed, labels.size()).clear();
    }

    boolean inside(Box b) {
        return b.f0 >= 0 && b.f1 <= 1 && b.y0 >= top && b.y1 <= bottom;
    }

    private boolean free(Box b, boolean avoidLines) {
        return inside(b) && labels.stream().noneMatch(b::meets) && (!avoidLines || lines.stream().noneMatch(b::meets));
    }

    /**
     * A label for the point at ({@code f}, {@code y}): beside it, below first (under a roof there is room),
     * then a row further away at a time with a leader line back to the point, beside or centred under it.
     * Lines are avoided if at all possible, other labels and the plot's edges always; a label that fits
     * nowhere is left out (null), as the description still carries its value.
     */
    Placed near(double f, double y, String text) {
        List<List<String>> forms = new ArrayList<>(List.of(List.of(text)));
        int space = middleSpace(text);
        if (space > 0) {
            forms.add(List.of(text.substring(0, space), text.substring(space + 1)));
        }
        for (boolean avoidLines : new boolean[] {true, false}) {
            for (int k = 0; k <= MAX_ROWS_AWAY; k++) {
                for (boolean below : new boolean[] {true, false}) {
                    for (List<String> lines : forms) {
                        double height = (lines.size() - 1) * TextMetrics.LINE_HEIGHT;
                        double baseline = below ? y + 16 + k * TextMetrics.LINE_HEIGHT : y - 8 - height - k * TextMetrics.LINE_HEIGHT;
                        double leaderTo = k == 0 ? Double.NaN
                                : below ? baseline - TextMetrics.ASCENT : baseline + height + TextMetrics.DESCENT;
                        Box leader = k == 0 ? null : pixels(f, -1, 1, Math.min(y, leaderTo), Math.max(y, leaderTo));
                        for (Text t : candidates(lines, f, baseline, k > 0)) {
                            Box box = t.box();
                            if (free(box, avoidLines) && (leader == null || free(leader, false))) {
                                labels.add(box);
                                if (leader != null) {
                                    labels.add(leader);
                                }
                                return new Placed(t, leaderTo, 2 * k + lines.size() - 1 + (avoidLines ? 0 : CROSSING));
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The space that splits {@code text} into the two most even lines, or -1 when it has none. */
    private static int middleSpace(String text) {
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(text.length() - 2 * i) < Math.abs(text.length() - 2 * best)) {
                best = i;
            }
        }
        return best;
    }

    /** Right of the point, left of it, and (with a leader line to point at it) centred on its column. */
    private static List<Text> candidates(List<String> lines, double f, double baseline, boolean centred) {
        List<Text> out = new ArrayList<>(List.of(new Text(lines, f, MARKER_GAP, "start", baseline),
                new Text(lines, f, -MARKER_GAP, "end", baseline)));
        if (centred) {
            out.add(new Text(lines, f, 0, "middle", baseline));
        }
        return out;
    }
}
