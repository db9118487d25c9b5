package org.locallimits.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.PreviewBuilder;
import org.locallimits.content.ChangedFiles;
import org.locallimits.diag.ProblemFormat;

/**
 * {@code explainer serve} put together: the incremental builder, the HTTP server and the watcher. Each change
 * rebuilds what it affects and then reloads open pages, or shows the problems over them and in the terminal while
 * the last good pages stay served.
 */
public final class Preview implements AutoCloseable {
    private final PreviewBuilder builder;
    private final PreviewServer server;
    private final Watcher watcher;
    private final PrintWriter out;

    private Preview(PreviewBuilder builder, PreviewServer server, Watcher watcher, PrintWriter out) {
        this.builder = builder;
        this.server = server;
        this.watcher = watcher;
        this.out = out;
    }

    /** Binds the server, builds once, and starts watching {@code content} and {@code templates}. */
    public static Preview start(Path root, Path content, Path templates, String host, int port, boolean drafts,
                                PrintWriter out) throws IOException {
        PreviewBuilder[] holder = new PreviewBuilder[1];
        PreviewServer server = new PreviewServer(host, port, () -> holder[0] == null ? java.util.Map.of()
                : holder[0].site());
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        holder[0] = new PreviewBuilder(root, new BuildOptions(content, templates, Optional.empty(), Optional.of(base),
                drafts));
        Preview[] self = new Preview[1];
        Watcher watcher = new Watcher(List.of(content, templates), 15, changed -> self[0].rebuild(changed));
        self[0] = new Preview(holder[0], server, watcher, out);
        self[0].rebuild(ChangedFiles.UNKNOWN);
        server.start();
        watcher.start();
        out.println("Serving " + base + " (Ctrl-C to stop); watching " + content + " and " + templates);
        out.flush();
        return self[0];
    }

    public int port() {
        return server.port();
    }

    public PreviewServer server() {
        return server;
    }

    /** Rebuilds now; called by the watcher after each burst of changes, with the files it saw change. */
    public void rebuild(ChangedFiles changed) {
        PreviewBuilder.Outcome o = builder.rebuild(changed);
        if (o.ok()) {
            out.println("rebuilt " + o.rendered() + " of " + o.pages() + " pages in " + o.millis() + " ms");
            if (!o.problems().isEmpty()) out.print(ProblemFormat.TEXT.format(o.problems()));
            server.reload(o.changedFiles());
        } else {
            out.print(ProblemFormat.TEXT.format(o.problems()));
            out.println(ProblemFormat.summary(o.problems()) + "; still serving the last good version");
            server.problems(o.problems());
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
