package org.locallimits.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code explainer}: the root command; it only dispatches to subcommands. */
@Command(name = "explainer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the Local Limits explainer site from content/ and templates/.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content or template problems", "2:usage error", "3:internal failure"})
public final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: build or check");
    }
}
