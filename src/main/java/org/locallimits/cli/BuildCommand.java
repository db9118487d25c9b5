package org.locallimits.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.BuildResult;
import org.locallimits.build.SiteBuilder;
import org.locallimits.diag.ProblemFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code explainer build}: validates the content and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate content/ and templates/, then write the site. The previous site is replaced only "
                + "if the whole build succeeds.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, overriding base_url in content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include measures marked `draft: true`.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an absolute http(s) address, e.g. https://example.org/explainer/");
        }
        BuildResult r = new SiteBuilder(Path.of("")).build(new BuildOptions(site.content, site.templates,
                Optional.of(out), Optional.ofNullable(baseUrl), drafts));
        var outW = spec.commandLine().getOut();
        int code = Report.print(r, ProblemFormat.TEXT, false, outW, spec.commandLine().getErr());
        if (code == ExitCodes.OK) {
            outW.println("built " + r.files() + " files into " + out + (site.verbose ? " " + r.millis() : ""));
        } else {
            spec.commandLine().getErr().println("build failed; " + out + " was left as it was");
        }
        return code;
    }
}
