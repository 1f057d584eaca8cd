/**
 * The calculation engine: expressions over quantities with units, evaluated against the data set and
 * formatted for prose (plain Unicode) and math (TeX).
 *
 * <h2>Values</h2>
 * A {@link dev.reckon.calc.Quantity} is a number in coherent base units with its dimension, or a range
 * ({@code 38..43 %}) with a nominal value; arithmetic on ranges is interval arithmetic ({@code Intervals}).
 * It also carries a display hint, the time base its inputs were written in, so a rate is shown per hour when
 * its inputs were. {@code Text} is a record's name or descriptive field, allowed only as a whole value.
 *
 * <h2>Formatting rules</h2>
 * <ul>
 *   <li>Numbers ({@code Numbers}): at most 3 significant digits by default, without zeros that carry no
 *       information ({@code 4.8 TB/s}, {@code 80 GB}, {@code 3}), keeping a zero that rounding produced
 *       ({@code 1.10 × 10¹² B}); integers below 10⁶ whole; scientific from 10⁶ up, below 10⁻³, and from
 *       10³ up when rounding would leave zeros standing for dropped digits. {@code | sig N} fixes exactly N
 *       digits (zeros kept), {@code | dp N} fixed decimals, {@code | exact} every digit, {@code | words}
 *       scale words (million, billion, trillion), {@code | sci} scientific in the base unit. Rounding is
 *       half-up on the shortest decimal form of the double.</li>
 *   <li>Separators: {@code ,} every three integer digits in text, {@code {,}} in TeX; decimal point
 *       {@code .}; negative sign U+2212 in text, {@code -} in TeX. Never Locale-dependent.</li>
 *   <li>Units ({@code UnitChoice}): {@code -> unit} is used as written; otherwise B, B/s, FLOP/s, OP/s, J
 *       and W take an SI prefix putting the number in [1, 1000) (after rounding: {@code 999.96 GB} is
 *       {@code 1 TB}); durations climb ns, µs, ms, s, min, h (below 48 h), day (below a year), year; GPU
 *       time is in GPU-hours; a rate is shown per its time base (or per second); everything else in
 *       coherent base symbols.</li>
 *   <li>Unit names ({@code UnitNames}): symbols never change; words agree with the number (plural unless
 *       it is 1), words after a slash are singular, a device times a time is a compound ({@code GPU-hours}).
 *       The same rule serves prose, tables, listings, equations and chart axes.</li>
 *   <li>Ranges: both ends in one unit, joined by an en dash ({@code 67–77 days}), sharing a power of ten
 *       when they can ({@code 1.5–2.5 × 10²⁵ FLOP}), joined by "to" when an end is negative.</li>
 *   <li>TeX: number, {@code \,}, unit in {@code \text{}}; µ as {@code \mu}, powers as {@code ^{n}},
 *       products as {@code \cdot}; scientific as {@code 3.17 \times 10^{8}}; the range dash as
 *       {@code \text{--}}.</li>
 *   <li>Derived equations ({@code Equations}): inputs formatted as prose formats them, to up to 6 significant
 *       digits; {@code \times}, {@code \frac}; then {@code =} the result to 6 digits in the display unit; then
 *       {@code \approx} the figure with the author's options, omitted when identical.</li>
 * </ul>
 */
package dev.reckon.calc;
