package dev.reckon.data;

import dev.reckon.diag.Diagnostic;
import dev.reckon.diag.DidYouMean;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Catches misspelt known figures before they pass silently: a site that overrides {@code memroy}
 * instead of {@code memory} would otherwise add a figure nobody reads and keep the old value. A
 * figure of a known kind must be a known field ({@link KnownFields}), or a name of the site's own
 * that is neither one edit away from a known field nor inside a known figure or closed group.
 */
final class FieldNames {
    private record Problem(String message, String hint) {
    }

    private FieldNames() {
    }

    /** Reports each misnamed figure of the draft and returns their paths. */
    static Set<String> check(Draft d, List<Diagnostic> diagnostics) {
        List<KnownFields.Field> known = KnownFields.of(d.kind);
        Set<String> misnamed = new HashSet<>();
        for (Draft.Leaf leaf : d.leaves) {
            Problem p = known.isEmpty() ? null : problem(d.kind, known, leaf.path());
            if (p != null) {
                diagnostics.add(d.src.error(leaf.keyAt(), p.message(), p.hint()));
                misnamed.add(leaf.path());
            }
        }
        return misnamed;
    }

    /** Null when the path is a known field or plainly the site's own. */
    private static Problem problem(String kind, List<KnownFields.Field> known, String path) {
        if (KnownFields.find(kind, path).isPresent()) {
            return null;
        }
        for (KnownFields.Field f : known) {
            if (!f.path().contains(".") && path.startsWith(f.path() + ".")) {
                return inside(f, path);
            }
        }
        String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        Set<String> members = new LinkedHashSet<>();
        for (KnownFields.Field f : known) {
            if (f.path().startsWith(head + ".") && !f.path().endsWith(".*")) {
                members.add(f.path());
            }
        }
        if (!members.isEmpty()) {
            String choices = "'" + head + "' has " + String.join(", ", members);
            return new Problem("unknown figure '" + path + "'",
                    DidYouMean.closest(path, members).map(c -> "did you mean '" + c + "'? " + choices).orElse(choices));
        }
        if (!path.contains(".") && path.length() >= 4) {
            for (KnownFields.Field f : known) {
                if (!f.path().contains(".") && DidYouMean.distance(path, f.path()) == 1) {
                    return new Problem("unknown figure '" + path + "', one letter away from '" + f.path() + "'",
                            "did you mean '" + f.path() + "'? a figure of your own needs a name that is not a near miss of a known one");
                }
            }
        }
        return null;
    }

    /** {@code path} lies below the known figure {@code f}: a bad sparsity member, or a group where one figure belongs. */
    private static Problem inside(KnownFields.Field f, String path) {
        String member = path.substring(f.path().length() + 1);
        if (f.sparsity()) {
            String choices = "'" + f.path() + "' is one (dense) figure or a group of " + String.join(", ", KnownFields.SPARSITY_MEMBERS);
            return new Problem("unknown figure '" + path + "'", DidYouMean.closest(member, KnownFields.SPARSITY_MEMBERS)
                    .map(c -> "did you mean '" + f.path() + "." + c + "'? " + choices).orElse(choices));
        }
        return new Problem("'" + f.path() + "' is one figure (" + f.measure().label() + "), not a group",
                "write it as '" + f.path() + ": " + f.measure().example() + "'; give a figure of your own another name");
    }
}
