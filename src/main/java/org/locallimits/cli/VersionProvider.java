package org.locallimits.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"explainer " + (v == null ? "development build" : v)};
    }
}
