package org.locallimits.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locallimits.content.Source;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;

/**
 * {@code check --online}: asks each source URL whether it still answers (HEAD, then GET when HEAD is refused),
 * a few at a time, with time-outs, reporting dead links as errors and redirects as warnings. The only part of the
 * tool that uses the network, and only when asked. Thread-safe.
 */
public final class OnlineChecker {
    static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Duration timeout;
    private final int concurrency;

    public OnlineChecker(Duration timeout, int concurrency) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.concurrency = concurrency;
    }

    public void check(List<Source> sources, Problems problems) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Optional<Problem>>> results = sources.stream()
                    .map(s -> pool.submit(() -> check(s)))
                    .toList();
            for (Future<Optional<Problem>> f : results) {
                try {
                    f.get().ifPresent(problems::add);
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One answer: the status code and, for a redirect, where it points. */
    private record Answer(int status, Optional<String> location) {
    }

    Optional<Problem> check(Source s) {
        String url = s.url();
        Optional<String> firstRedirect = Optional.empty();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Answer answer;
            try {
                answer = ask(url, "HEAD");
                if (answer.status() == 405 || answer.status() == 403 || answer.status() == 501) {
                    answer = ask(url, "GET");
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.of(Problem.error(s.pos(), "the source `" + s.id() + "` could not be reached: "
                        + url + " (" + e.getClass().getSimpleName() + ")", hint(s)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = answer.status();
            if (status >= 300 && status < 400 && answer.location().isPresent()) {
                url = URI.create(url).resolve(answer.location().get()).toString();
                if (firstRedirect.isEmpty()) firstRedirect = Optional.of(url);
                continue;
            }
            if (status >= 400 || status >= 300) {
                return Optional.of(Problem.error(s.pos(), "the source `" + s.id() + "` answers HTTP " + status + ": "
                        + url, hint(s)));
            }
            if (firstRedirect.isPresent()) {
                return Optional.of(Problem.warning(s.pos(), "the source `" + s.id() + "` redirects: " + s.url()
                        + " → " + url, "use the address it redirects to, if it is the same document"));
            }
            return Optional.empty();
        }
        return Optional.of(Problem.error(s.pos(), "the source `" + s.id() + "` redirects too many times: " + s.url(),
                hint(s)));
    }

    private Answer ask(String url, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "explainer-link-check").build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Answer(response.statusCode(), response.headers().firstValue("location"));
    }

    private static String hint(Source s) {
        return s.archivedUrl().isPresent() ? "the archived copy may still work; update `url` if the document moved"
                : "find the document's new address, or add an `archived_url` (for example from the Wayback Machine)";
    }
}
