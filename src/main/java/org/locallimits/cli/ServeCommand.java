package org.locallimits.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.locallimits.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explainer serve}: a local preview that rebuilds on every save and reloads the open page. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Preview the site at http://127.0.0.1:8000/: rebuilds what each edit affects, reloads open "
                + "pages, and shows problems over the page while the last good version stays served.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(names = "--drafts", description = "Include measures marked `draft: true`.")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0–65535");
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (Preview preview = Preview.start(Path.of("").toAbsolutePath(), site.content, site.templates, host, port,
                drafts, spec.commandLine().getOut())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); pass another --port");
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
