package dev.reckon.data;

import dev.reckon.data.EpochImport.Entry;
import dev.reckon.data.EpochImport.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges imported rows with the data set by id. A row whose name finds an existing record
 * ({@link RecordIds}) only adds what that record lacks: figures at paths it does not have and info
 * keys it does not have. A figure it already has is kept (Epoch's value is reported when it differs
 * by more than 0.5 %), unless {@code replace}; a plain figure stands for {@code .dense}, so Epoch's
 * {@code fp8.dense} meets a TPU's {@code fp8}. New rows get their id; a second row with the same id
 * gets {@code _2}, {@code _3}.
 */
final class ImportMerge {
    private final DataSet existing;
    private final RecordIds ids;
    private final RecordIds hardwareIds;
    private final String kind;
    private final boolean replace;
    private final List<String> report;

    ImportMerge(DataSet existing, String kind, boolean replace, List<String> report) {
        this.existing = existing;
        this.ids = new RecordIds(existing, kind);
        this.hardwareIds = new RecordIds(existing, "accelerator");
        this.kind = kind;
        this.replace = replace;
        this.report = report;
    }

    List<Entry> merge(List<Entry> entries) {
        Map<String, String> claimedBy = new HashMap<>();
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            hardwareId(e);
            DataRecord r = existingRecord(e);
            if (r != null && claimedBy.containsKey(r.id())) {
                report.add("  skipped " + e.csvName + ": it also finds " + r.id() + ", already taken by " + claimedBy.get(r.id())
                        + "; give it another id with --id");
                continue;
            }
            if (r != null) {
                claimedBy.put(r.id(), e.csvName);
                if (fillGaps(e, r)) {
                    out.add(e);
                }
                continue;
            }
            if (e.figures.isEmpty()) {
                report.add("  skipped " + e.csvName + ": no figure Reckon imports");
                continue;
            }
            String base = e.id;
            for (int n = 2; claimedBy.containsKey(e.id) || existing.find(e.id).isPresent(); n++) {
                e.id = base + "_" + n;
            }
            claimedBy.put(e.id, e.csvName);
            report.add("  " + e.id + "  new: " + e.csvName + ", " + count(e.figures.size(), "figure"));
            out.add(e);
        }
        return out;
    }

    /** The record a row stands for: the one its --id names, else the one its name finds. */
    private DataRecord existingRecord(Entry e) {
        // a record of another kind with that id is not this row's: the new record is numbered instead
        DataRecord named = existing.find(e.id).filter(r -> r.id().equals(e.id) && r.kind().equals(kind)).orElse(null);
        if (named != null) {
            return named;
        }
        return ids.match(e.csvName).flatMap(existing::find).orElse(null);
    }

    /** A model's training hardware as the id of an accelerator the data set has, when its name finds one. */
    private void hardwareId(Entry e) {
        String hw = e.info.get("train_hardware");
        if (hw != null) {
            hardwareIds.match(hw).ifPresent(id -> e.info.put("train_hardware", id));
        }
    }

    /** Keeps in {@code e} only what {@code r} lacks (or, with replace, Epoch's figures); false when nothing is left. */
    private boolean fillGaps(Entry e, DataRecord r) {
        e.id = r.id();
        e.matched = true;
        int kept = 0;
        List<Figure> added = new ArrayList<>();
        for (Figure f : e.figures) {
            String at = samePath(r, f.path());
            if (at == null && blocked(r, f.path())) {
                report.add("  skipped " + r.id() + "." + f.path() + ": " + r.id() + " has other figures there");
            } else if (at == null) {
                added.add(f);
            } else if (replace) {
                added.add(new Figure(at, f.expression(), f.note(), f.source(), f.estimate(), f.asOf()));
            } else {
                kept++;
                differs(r.id(), r.data().get(at), f).ifPresent(report::add);
            }
        }
        e.figures.clear();
        e.figures.addAll(added);
        e.info.keySet().removeIf(r.info()::containsKey);
        report.add("  " + r.id() + "  <- " + e.csvName + ": " + count(added.size(), "figure") + (replace ? " replaced or added" : " added")
                + (kept == 0 ? "" : ", " + kept + " already in the data set"));
        return !e.figures.isEmpty() || !e.info.isEmpty();
    }

    /** The record's path that stands for {@code path}: itself, or the plain figure for a {@code .dense} one and back. */
    private static String samePath(DataRecord r, String path) {
        if (r.data().containsKey(path)) {
            return path;
        }
        if (path.endsWith(".dense") && r.data().containsKey(path.substring(0, path.length() - ".dense".length()))) {
            return path.substring(0, path.length() - ".dense".length());
        }
        return r.data().containsKey(path + ".dense") ? path + ".dense" : null;
    }

    private static boolean blocked(DataRecord r, String path) {
        return r.data().keySet().stream().anyMatch(p -> p.startsWith(path + ".") || path.startsWith(p + "."));
    }

    private static Optional<String> differs(String id, Datum mine, Figure epoch) {
        Figures.Figure a = Figures.parse(mine.expression()).orElse(null);
        Figures.Figure b = Figures.parse(epoch.expression()).orElse(null);
        if (a == null || b == null || !a.baseUnit().equals(b.baseUnit())) {
            return Optional.empty();
        }
        double lo = a.scaled() * (1 - 0.005);
        double hi = a.scaledHigh() * (1 + 0.005);
        if (b.scaled() >= lo && b.scaledHigh() <= hi) {
            return Optional.empty();
        }
        return Optional.of("  differs: " + id + "." + mine.path() + " is " + mine.expression() + " ("
                + mine.span().location() + "), Epoch AI has " + epoch.expression() + "; kept (--replace takes Epoch's)");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
