package dev.reckon.calc;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.data.DataSetLoader;

/**
 * The expression language on arbitrary text: every outcome must be a value or a {@link CalcException}
 * (a positioned author error); anything else escaping is a bug Jazzer reports. Under
 * {@code mvn test} only the seed corpus ({@code src/test/resources/dev/reckon/calc/CalcFuzzTestInputs})
 * runs; {@code JAZZER_FUZZ=1} fuzzes (see README, "When things go wrong").
 */
class CalcFuzzTest {
    private static final Calculator CALCULATOR = new Calculator(DataSetLoader.bundled());

    @FuzzTest
    void expressionsAndBlocks(FuzzedDataProvider data) {
        Session session = CALCULATOR.newSession();
        String block = data.consumeString(400);
        String expr = data.consumeRemainingAsString();
        try {
            session.runBlock(block, Origin.of("fuzz.md", 1, 1, block.lines().findFirst().orElse("")));
        } catch (CalcException expected) {
            // an author error, positioned
        }
        try {
            session.value(expr, Origin.inline(expr));
        } catch (CalcException expected) {
            // an author error, positioned
        }
        try {
            session.table(expr, Origin.of("fuzz.md", 1, 1, ""));
        } catch (CalcException expected) {
            // an author error, positioned
        }
    }
}
