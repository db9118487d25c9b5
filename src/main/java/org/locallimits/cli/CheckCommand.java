package org.locallimits.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.BuildResult;
import org.locallimits.build.CheckOptions;
import org.locallimits.build.SiteBuilder;
import org.locallimits.diag.ProblemFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code explainer check}: everything {@code build} validates, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate content/ and templates/ and report every problem, without writing the site.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or github (GitHub Actions annotations). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--drafts", description = "Also check measures marked `draft: true`.")
    boolean drafts;

    @Option(names = "--stale-days", paramLabel = "DAYS", defaultValue = "90",
            description = "Warn about measures last verified more than DAYS before the site's as-of date "
                    + "(default: ${DEFAULT-VALUE}).")
    int staleDays;

    @Option(names = "--online", description = "Also check that every source URL still answers (uses the network).")
    boolean online;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProblemFormat f = switch (format) {
            case "text" -> ProblemFormat.TEXT;
            case "github" -> ProblemFormat.GITHUB;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or github, not " + format);
        };
        BuildResult r = new SiteBuilder(Path.of("")).check(new BuildOptions(site.content, site.templates,
                Optional.empty(), Optional.empty(), drafts), new CheckOptions(staleDays, online));
        int code = Report.print(r, f, strict, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (code == ExitCodes.OK && f == ProblemFormat.TEXT) {
            spec.commandLine().getOut().println("check passed: " + r.files() + " files would be written"
                    + (site.verbose ? " " + r.millis() : ""));
        }
        return code;
    }
}
