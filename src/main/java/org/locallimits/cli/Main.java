package org.locallimits.cli;

/** The program's entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Relaunch.run(args).orElseGet(() -> Cli.run(args)));
    }
}
