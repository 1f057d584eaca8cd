package dev.reckon.cli;

import dev.reckon.serve.ServeSession;
import dev.reckon.site.BuildOptions;
import dev.reckon.site.SiteBuilder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site locally and rebuild with live reload on every change.")
final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "port (default: 1313; 0 picks a free one)")
    int port = 1313;

    @Option(names = "--bind", description = "address to listen on (default: 127.0.0.1, this machine only)")
    String bind = "127.0.0.1";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535 (0 picks a free one), not " + port);
        }
        Path source = site.source;
        // A separate output keeps preview builds (drafts, future posts) out of public/.
        Path out = source.resolve(".reckon/serve");
        var stdout = spec.commandLine().getOut();
        try (BuildCommand.Renderers renderers = new BuildCommand.Renderers()) {
            SiteBuilder builder = new SiteBuilder(renderers.js(), renderers::katex).live();
            ServeSession.Build build = () -> {
                try (Console.Progress phases = new Console.Progress(null, stdout)) {
                    builder.build(new BuildOptions(source, out, site.drafts, site.future, LocalDate.now()), phases);
                    if (main.verbose) {
                        phases.timings().forEach(stdout::println);
                    }
                }
            };
            try (ServeSession session = new ServeSession(source, out, new InetSocketAddress(bind, port), build, line -> {
                stdout.println(Console.plain(line));
                stdout.flush();
            })) {
                session.start();
                stdout.println("serving " + out + " at http://" + bind + ":" + session.port() + "/ (Ctrl-C stops)");
                stdout.flush();
                new CountDownLatch(1).await(); // until the JVM is interrupted
            }
        }
        return 0;
    }
}
