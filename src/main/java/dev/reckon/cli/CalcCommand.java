package dev.reckon.cli;

import dev.reckon.calc.CalcException;
import dev.reckon.calc.Calculator;
import dev.reckon.calc.ListingLine;
import dev.reckon.calc.Origin;
import dev.reckon.calc.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Evaluate an expression against the data set, e.g.",
                "  reckon calc 'gpt3.train_flops / h200.bf16.dense -> years'",
                "Without an expression, reads lines from standard input: definitions (x = …) persist."})
final class CalcCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "EXPR", description = "expression [-> unit] [| sig N, dp N, sci]")
    String expression;

    @Option(names = "--source", description = "site root whose content/data/*.yaml extends the data set (default: .)")
    Path source = Path.of(".");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Session session = new Calculator(Sites.data(source)).newSession();
        var out = spec.commandLine().getOut();
        if (expression != null) {
            out.println(session.value(expression, Origin.inline(expression)).text());
            out.flush();
            return 0;
        }
        return repl(session, out);
    }

    /** One line at a time: a definition or assertion is remembered, anything else is printed. */
    private int repl(Session session, java.io.PrintWriter out) throws IOException {
        var err = spec.commandLine().getErr();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean interactive = System.console() != null;
        int failures = 0;
        for (int n = 1; ; n++) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return failures == 0 ? 0 : Main.CONTENT_ERROR;
            }
            if (line.isBlank()) {
                continue;
            }
            Origin origin = Origin.of("<stdin>", n, 1, line);
            try {
                if (isStatement(line)) {
                    for (ListingLine l : session.runBlock(line, origin)) {
                        out.println(l.text() == null ? "defined" : l.text());
                    }
                } else {
                    out.println(session.value(line, origin).text());
                }
            } catch (CalcException e) {
                err.print(e.render());
                err.flush();
                failures++;
            }
            out.flush();
        }
    }

    private static boolean isStatement(String line) {
        String t = line.strip();
        return t.startsWith("assert ") || t.matches("[A-Za-z_][A-Za-z0-9_]*\\s*(\\([^)]*\\))?\\s*=[^=].*");
    }
}
