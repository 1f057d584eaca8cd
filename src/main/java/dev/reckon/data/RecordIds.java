package dev.reckon.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids for imported records and how an imported name finds a record the data set already has.
 *
 * <p>An id is the name in lowercase ASCII with every run of other characters turned into {@code _}
 * and a parenthesised remark left out: "NVIDIA GB300 (Blackwell Ultra)" is {@code nvidia_gb300}
 * ({@code hw_} or {@code m_} goes in front of one that would start with a digit).
 *
 * <p>A name finds an existing record of the same kind when one of its keys equals one of the
 * record's (its id, its aliases, its name). Keys are compared after the same normalisation: the
 * name as an id with and without its remark, and each of those without a leading vendor word
 * ({@code nvidia_}, {@code amd_}, {@code google_}, ...) or "tesla", with {@code sxm4}/{@code sxm5}
 * read as {@code sxm} and a memory size ({@code 80 GB}) set apart: two keys whose memory sizes
 * differ never match, a key without one matches either. So "NVIDIA H100 SXM5 80GB" finds
 * {@code h100_sxm}, "Llama 3.1-405B" finds {@code llama31_405b} named "Llama 3.1 405B", and
 * "NVIDIA A100 SXM4 40 GB" does not find {@code a100_sxm_80gb}. A name that finds two records
 * matches neither: pass {@code --id NAME=ID}.
 */
final class RecordIds {
    private static final Set<String> VENDORS = Set.of("nvidia", "amd", "google", "intel", "amazon", "aws", "huawei",
            "meta", "microsoft", "habana", "cerebras", "graphcore", "groq", "apple", "qualcomm", "tesla");
    private static final Pattern MEMORY = Pattern.compile("(?:^|_)([0-9]+)_?gb(?=_|$)");

    /** A normalised name and the memory size it carries, or null. */
    private record Key(String stem, String memory) {
        boolean matches(Key other) {
            return stem.equals(other.stem) && (memory == null || other.memory == null || memory.equals(other.memory));
        }
    }

    private final Map<String, List<Key>> keysById = new LinkedHashMap<>();

    RecordIds(DataSet data, String kind) {
        for (DataRecord r : data.records()) {
            if (r.kind().equals(kind)) {
                List<Key> keys = new ArrayList<>(keysOf(r.name()));
                keys.addAll(keysOf(r.id()));
                r.aliases().forEach(a -> keys.addAll(keysOf(a)));
                keysById.put(r.id(), keys);
            }
        }
    }

    /** The existing record {@code name} stands for, if exactly one. */
    Optional<String> match(String name) {
        List<Key> mine = keysOf(name);
        Set<String> found = new LinkedHashSet<>();
        keysById.forEach((id, theirs) -> {
            if (mine.stream().anyMatch(k -> theirs.stream().anyMatch(k::matches))) {
                found.add(id);
            }
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The id a new record named {@code name} gets. */
    static String newId(String name, String prefixForDigit) {
        String id = slug(withoutRemark(name));
        if (id.isEmpty()) {
            id = slug(name);
        }
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? prefixForDigit + id : id;
    }

    private static List<Key> keysOf(String name) {
        Set<Key> keys = new LinkedHashSet<>();
        for (String s : List.of(slug(withoutRemark(name)), slug(name))) {
            String n = s.replaceAll("(^|_)sxm[0-9](?=_|$)", "$1sxm");
            while (n.contains("_") && VENDORS.contains(n.substring(0, n.indexOf('_')))) {
                keys.add(key(n));
                n = n.substring(n.indexOf('_') + 1);
            }
            if (!n.isEmpty()) {
                keys.add(key(n));
            }
        }
        return List.copyOf(keys);
    }

    private static Key key(String s) {
        Matcher m = MEMORY.matcher(s);
        if (!m.find()) {
            return new Key(s, null);
        }
        String stem = (s.substring(0, m.start()) + "_" + s.substring(m.end())).replaceAll("__+", "_").replaceAll("^_|_$", "");
        return new Key(stem, m.group(1));
    }

    private static String withoutRemark(String name) {
        return name.replaceAll("\\([^)]*\\)", " ");
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("+", " plus ").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
