package dev.reckon.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One built-in formula of the library, such as {@code train_flops(model)}: its documentation and sources,
 * and one or more variants (an MLA model's KV cache is computed differently from a GQA model's).
 *
 * @param params      argument names as the signature shows them
 * @param summary     what it computes, one line
 * @param where       what each letter of the formula is read from
 * @param assumptions what the formula leaves out, for readers who apply it
 */
record Formula(String name, List<String> params, String summary, String where, String assumptions, List<Citation> sources,
               List<Variant> variants) {

    String signature() {
        return name + "(" + String.join(", ", params) + ")";
    }

    /** The first variant that applies to these arguments. */
    Variant variant(Args args) {
        return variants.stream().filter(v -> v.applies().test(args)).findFirst().orElseThrow();
    }

    /**
     * A way to compute the formula: named inputs read from the arguments, and a body in the engine's own
     * expression language over those names, evaluated (with units and ranges) like any expression.
     *
     * @param form   the formula in TeX, with the inputs' symbols, e.g. {@code 6\,N\,D}
     * @param result a unit the plain-number body's result is in (the activation formulas count bytes), or null
     */
    record Variant(Predicate<Args> applies, Map<String, Input> inputs, String body, String form, String result) {
    }

    /** A named input: its TeX symbol and how it is read from the arguments. */
    record Input(String symbol, Function<Args, Quantity> read) {
    }

    /** Builds a formula; variants are tried in the order they are added. */
    static final class Builder {
        private final String name;
        private final List<String> params;
        private String summary = "";
        private String where = "";
        private String assumptions = "";
        private List<Citation> sources = List.of();
        private final List<Variant> variants = new java.util.ArrayList<>();
        private Map<String, Input> inputs = new LinkedHashMap<>();
        private Predicate<Args> when = a -> true;

        Builder(String name, String... params) {
            this.name = name;
            this.params = List.of(params);
        }

        Builder doc(String summary, String assumptions, Citation... sources) {
            this.summary = summary;
            this.assumptions = assumptions;
            this.sources = List.of(sources);
            return this;
        }

        Builder where(String where) {
            this.where = where;
            return this;
        }

        /** The next variant applies only when {@code test} holds. */
        Builder when(Predicate<Args> test) {
            this.when = test;
            return this;
        }

        Builder input(String name, String symbol, Function<Args, Quantity> read) {
            inputs.put(name, new Input(symbol, read));
            return this;
        }

        Builder body(String body, String form) {
            return body(body, form, null);
        }

        Builder body(String body, String form, String result) {
            variants.add(new Variant(when, java.util.Collections.unmodifiableMap(inputs), body, form, result));
            inputs = new LinkedHashMap<>();
            when = a -> true;
            return this;
        }

        Formula build() {
            return new Formula(name, params, summary, where, assumptions, sources, List.copyOf(variants));
        }
    }
}
