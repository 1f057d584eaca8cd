/**
 * The calculation engine: expressions over quantities with units, evaluated against the data set and
 * formatted for prose (plain Unicode) and math (TeX).
 *
 * <h2>Formatting rules</h2>
 * <ul>
 *   <li>Precision: 3 significant digits by default, significant zeros kept ({@code 1.60 TB});
 *       {@code | sig N} changes it, {@code | dp N} fixes decimals instead; rounding is half-up on the
 *       shortest decimal form of the double. Integers are rounded too ({@code 3958} → {@code 3,960};
 *       {@code | sig 4} → {@code 3,958}). Zero prints as {@code 0}.</li>
 *   <li>Separators: {@code ,} every three integer digits in text, {@code {,}} in TeX; decimal point
 *       {@code .}; negative sign U+2212 in text, {@code -} in TeX. Never Locale-dependent.</li>
 *   <li>With {@code -> unit}: exactly that unit, spelled as written ({@code 10.1 years}); scientific only
 *       with {@code | sci} or when |x| ≥ 10¹⁵ or &lt; 10⁻⁶ in that unit.</li>
 *   <li>Automatic unit: B, B/s, FLOP/s, OP/s with prefixes k…E; J and W with n…E; prefix chosen after
 *       rounding so the mantissa is in [1, 1000) ({@code 999.96 GB} → {@code 1.00 TB}). Time: ns/µs/ms
 *       below 1 s, s up to 10⁴ s, then scientific seconds ({@code 3.17 × 10⁸ s}). Everything else
 *       (FLOP, OP, param, token, USD, dimensionless, composites such as {@code B/param}, {@code FLOP/B})
 *       uses coherent base symbols without prefixes, scientific when |x| ≥ 10⁶ or &lt; 10⁻³;
 *       a leading param/token is pluralised ({@code 1.75 × 10¹¹ params}). {@code | sci} forces
 *       scientific in the base unit.</li>
 *   <li>TeX: number, {@code \,}, unit in {@code \text{}}; µ as {@code \mu}, powers as {@code ^{n}},
 *       products as {@code \cdot}; scientific as {@code 3.17 \times 10^{8}}.</li>
 *   <li>Derived equations: inputs in engineering notation (exponent a multiple of 3, up to 6 significant
 *       digits, trailing zeros trimmed, plain between 10⁻³ and 10⁴) with long unit names (bytes,
 *       parameters, tokens; singular after a slash), {@code \times}, {@code \frac}; then {@code =} the exact
 *       result in coherent base units (3 sig, scientific outside [10⁻³, 10⁴)); then {@code \approx} the
 *       rounded value as {@code value()} would print it, omitted when identical.</li>
 * </ul>
 */
package dev.reckon.calc;
