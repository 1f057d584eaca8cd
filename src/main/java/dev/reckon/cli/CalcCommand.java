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
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Evaluate an expression against the data set, e.g.",
                "  reckon calc 'gpt3.train_flops / h200.bf16.dense -> years'",
                "Without an expression, reads lines from standard input: definitions (x = …) persist."})
final class CalcCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "EXPR", description = "expression [-> unit] [| sig N, dp N, sci, exact, words]")
    String expression;

    @Option(names = "--functions", description = "list the built-in functions and the formula library with their sources")
    boolean functions;

    @Option(names = "--source", description = "site root whose content/data/*.yaml extends the data set (default: .)")
    Path source = Path.of(".");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (functions) {
            spec.commandLine().getOut().print(Calculator.functions());
            spec.commandLine().getOut().flush();
            return 0;
        }
        Session session = new Calculator(Sites.data(source)).newSession();
        var out = spec.commandLine().getOut();
        if (expression != null) {
            out.println(Console.plain(session.value(expression, Origin.inline(expression)).text()));
            out.flush();
            return 0;
        }
        return repl(session, out);
    }

    /** One line at a time: a definition or assertion is remembered, anything else is printed. */
    private int repl(Session session, java.io.PrintWriter out) throws IOException {
        var err = spec.commandLine().getErr();
        int failures = 0;
        try (Prompt prompt = System.console() != null ? new TerminalPrompt() : new PipePrompt()) {
            for (int n = 1; ; n++) {
                String line = prompt.next();
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
                            out.println(l.text() == null ? "defined" : Console.plain(l.text()));
                        }
                    } else {
                        out.println(Console.plain(session.value(line, origin).text()));
                    }
                } catch (CalcException e) {
                    err.print(Console.plain(e.render()));
                    err.flush();
                    failures++;
                }
                out.flush();
            }
        }
    }

    /** Where REPL lines come from. */
    private interface Prompt extends AutoCloseable {
        /** The next line, or null at end of input. */
        String next() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Piped input: plain lines, no prompt. */
    private static final class PipePrompt implements Prompt {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

        @Override
        public String next() throws IOException {
            return in.readLine();
        }

        @Override
        public void close() {
        }
    }

    /** A terminal: line editing and history kept across sessions in ~/.reckon_history (JLine). */
    private static final class TerminalPrompt implements Prompt {
        private final Terminal terminal;
        private final LineReader reader;

        TerminalPrompt() throws IOException {
            terminal = TerminalBuilder.builder().system(true).build();
            reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("reckon")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".reckon_history"))
                    .build();
        }

        @Override
        public String next() {
            try {
                return reader.readLine("> ");
            } catch (UserInterruptException e) {
                return "";
            } catch (EndOfFileException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            reader.getHistory().save();
            terminal.close();
        }
    }

    private static boolean isStatement(String line) {
        String t = line.strip();
        return t.startsWith("assert ") || t.matches("[A-Za-z_][A-Za-z0-9_]*\\s*(\\([^)]*\\))?\\s*=[^=].*");
    }
}
