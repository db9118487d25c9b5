package org.locallimits.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The publish workflow cannot run here, so this reads {@code .github/workflows/publish.yml} as YAML and checks that
 * it holds the steps the conventional GitHub Pages flow needs, in order, with the commands {@code .ci/run} runs.
 */
class PublishWorkflowTest {
    private static final String JAR = "java -jar target/explainer.jar ";
    private static final String ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

    private static Map<?, ?> workflow;
    private static List<Map<?, ?>> steps;

    @BeforeAll
    static void read() throws Exception {
        workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of(".github/workflows/publish.yml")));
        steps = list(map(map(workflow.get("jobs")).get("build")).get("steps"));
    }

    @Test
    void runsOnEveryPushAndPullRequest() {
        // YAML 1.1 reads the bare key `on` as true; either way it must be there.
        Map<?, ?> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
        assertTrue(on.containsKey("push") && on.get("push") == null, "every push, on every branch");
        assertTrue(on.containsKey("pull_request") && on.get("pull_request") == null, "every pull request");
    }

    @Test
    void buildsWithFullHistoryJdk17AndTheMavenCacheThenTestsChecksAndBuilds() {
        int checkout = index(uses("actions/checkout@"));
        assertEquals(0, ((Number) map(step(checkout).get("with")).get("fetch-depth")).intValue(), "full history");
        int chromium = index(s -> run(s).contains("apt-get install -y") && run(s).contains("chromium chromium-driver"));
        int java = index(uses("actions/setup-java@"));
        Map<?, ?> setup = map(step(java).get("with"));
        assertEquals("17", setup.get("java-version"));
        assertEquals("maven", setup.get("cache"));
        int verify = index(s -> run(s).equals("mvn -B verify"));
        int check = index(s -> run(s).equals(JAR + "check --strict --format github"));
        int pages = index(uses("actions/configure-pages@"));
        assertEquals("pages", step(pages).get("id"));
        int build = index(s -> run(s).contains(JAR + "build --out site --base-url \"$BASE_URL\""));
        assertEquals("${{ steps.pages.outputs.base_url }}", map(step(build).get("env")).get("BASE_URL"));
        assertTrue(chromium < verify && checkout < java && java < verify && verify < check && check < pages
                && pages < build, "in order: install, checkout, JDK, tests, check, Pages address, build");
        int upload = index(uses("actions/upload-pages-artifact@"));
        assertEquals(ON_MAIN, step(upload).get("if"));
        assertEquals(ON_MAIN, step(pages).get("if"));
        assertEquals("site", map(step(upload).get("with")).get("path"), "uploads what the build wrote");
        int preview = index(uses("actions/upload-artifact@"));
        assertEquals("github.event_name == 'pull_request'", step(preview).get("if"));
        assertEquals("site", map(step(preview).get("with")).get("path"));
        assertTrue(build < upload && build < preview);
    }

    @Test
    void deploysToPagesOnlyOnPushesToMain() {
        Map<?, ?> deploy = map(map(workflow.get("jobs")).get("deploy"));
        assertEquals(ON_MAIN, deploy.get("if"));
        assertEquals("build", deploy.get("needs"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals("github-pages", map(deploy.get("environment")).get("name"));
        List<Map<?, ?>> deploySteps = list(deploy.get("steps"));
        assertTrue(deploySteps.stream().anyMatch(uses("actions/deploy-pages@")::test));
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"), "least privilege by default");
    }

    @Test
    void everyActionIsPinnedToAVersion() {
        for (Object job : map(workflow.get("jobs")).values()) {
            for (Map<?, ?> s : list(map(job).get("steps"))) {
                if (s.containsKey("uses")) {
                    assertTrue(String.valueOf(s.get("uses")).matches("[\\w.-]+/[\\w.-]+@(v\\d+[\\w.]*|[0-9a-f]{40})"),
                            s.get("uses") + " is pinned");
                }
            }
        }
    }

    @Test
    void ciRunRunsTheSameCommandsAsTheWorkflow() throws Exception {
        List<String> workflowCommands = new ArrayList<>();
        steps.forEach(s -> run(s).lines().map(String::strip).forEach(workflowCommands::add));
        List<String> ciCommands = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
                .filter(l -> l.startsWith("mvn ") || l.startsWith("java ")).toList();
        assertEquals(3, ciCommands.size(), ciCommands::toString);
        for (String command : ciCommands) {
            assertTrue(workflowCommands.stream().anyMatch(w -> normalise(w).equals(normalise(command))),
                    "the workflow runs " + command);
        }
    }

    /** A command without its output folder and base URL, which legitimately differ between CI and a local run. */
    private static String normalise(String command) {
        return command.replaceAll(" --out \\S+", "").replaceAll(" --base-url \\S+", "");
    }

    private static java.util.function.Predicate<Map<?, ?>> uses(String prefix) {
        return s -> String.valueOf(s.get("uses")).startsWith(prefix);
    }

    private static String run(Map<?, ?> s) {
        return Optional.ofNullable(s.get("run")).map(Object::toString).map(String::strip).orElse("");
    }

    private static int index(java.util.function.Predicate<Map<?, ?>> p) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) if (p.test(steps.get(i))) found.add(i);
        assertEquals(1, found.size(), "exactly one such step in " + steps);
        return found.get(0);
    }

    private static Map<?, ?> step(int i) {
        return steps.get(i);
    }

    private static Map<?, ?> map(Object o) {
        assertTrue(o instanceof Map<?, ?>, "expected a mapping: " + o);
        return (Map<?, ?>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Object o) {
        assertTrue(o instanceof List<?>, "expected a list: " + o);
        return (List<Map<?, ?>>) o;
    }
}
