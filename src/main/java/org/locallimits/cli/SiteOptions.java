package org.locallimits.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads the site shares. */
public final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--verbose", description = "Print stage timings, and stack traces of internal errors.")
    boolean verbose;
}
