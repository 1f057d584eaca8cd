package dev.reckon.bench;

import dev.reckon.calc.Calculator;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import dev.reckon.data.DataSetLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The engine's evaluate-and-format path, as an inline {@code `= ...`} value directive takes it. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalcBenchmark {
    @Param({
            "h200.bf16.dense -> TFLOP/s | sig 4",
            "llama31_405b.params * fp32.bytes -> TB",
            "3.14e23 FLOP / h200.bf16.dense -> days | dp 0"})
    public String spec;

    private Session session;
    private Origin origin;

    @Setup
    public void setUp() {
        session = new Calculator(DataSetLoader.bundled()).newSession();
        origin = Origin.inline(spec);
    }

    @Benchmark
    public String evaluateAndFormat() {
        return session.value(spec, origin).text();
    }
}
