package dev.reckon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds a site shares (a picocli mixin). */
final class SiteOptions {
    @Option(names = "--source", description = "site root holding content/ and templates/ (default: .)")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "include posts marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "include posts dated in the future")
    boolean future;
}
