package dev.reckon.cli;

import dev.reckon.launch.Installation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reckon <command>}: exit 0 on success, 1 on content errors, 2 on usage errors. */
@Command(name = "reckon", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Static-site generator for technical articles whose numbers compute themselves.",
        subcommands = {BuildCommand.class, CalcCommand.class, DataCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class,
                InitCommand.class, FiguresCommand.class})
public final class Main implements Runnable {
    static final int CONTENT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "say more: a build's phase timings, an internal error's stack trace (author errors never need one)")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'reckon build'");
    }

    public static void main(String[] args) {
        int code = run(args);
        Installation.beforeExit();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof dev.reckon.diag.ReckonException ? CONTENT_ERROR : USAGE_ERROR);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("  = hint: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
