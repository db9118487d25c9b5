package org.locallimits.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.locallimits.content.ContentLoader;
import org.locallimits.content.Vocabulary;
import org.locallimits.diag.Problems;
import org.locallimits.scaffold.Scaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code explainer new KIND}: writes a new content file with every field present and explained. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create a new measure, jurisdiction, limit or source from a scaffold in templates/_new/. "
                + "Never overwrites a file; prints the path to edit.")
public final class NewCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Parameters(index = "0", paramLabel = "KIND", description = "measure, jurisdiction, limit or source.")
    String kind;

    @Option(names = "--title", description = "Title (measure, limit, source).")
    String title;

    @Option(names = "--name", description = "Name (jurisdiction).")
    String name;

    @Option(names = "--jurisdiction", description = "Id of the jurisdiction (measure).")
    String jurisdiction;

    @Option(names = "--state", description = "Id of the state folder (jurisdiction).")
    String state;

    @Option(names = "--level", description = "state, county or city (jurisdiction).")
    String level;

    @Option(names = "--parent", description = "Id of the parent jurisdiction (county or city).")
    String parent;

    @Option(names = "--url", description = "Address of the document (source).")
    String url;

    @Option(names = {"--slug", "--id"}, description = "Id to use instead of one made from the title or name.")
    String slug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Vocabulary vocabulary = new ContentLoader(site.content, "content").load(true, new Problems()).vocabulary();
        Scaffolder scaffolder = new Scaffolder(site.content, site.templates);
        Map<String, String> values = new LinkedHashMap<>();
        Scaffolder.Outcome outcome = switch (kind) {
            case "measure" -> {
                require(title, "--title");
                require(jurisdiction, "--jurisdiction");
                values.put("title", Scaffolder.quote(title));
                values.put("jurisdiction", jurisdiction);
                values.put("limits", String.join(", ", listIds(site.content.resolve("limits"))));
                yield scaffolder.newFile("measure", site.content.resolve("measures").resolve(id(title) + ".md"), values,
                        vocabulary);
            }
            case "jurisdiction" -> {
                require(name, "--name");
                require(state, "--state");
                require(level, "--level");
                if (!level.equals("state")) require(parent, "--parent");
                values.put("name", Scaffolder.quote(name));
                values.put("level", level);
                values.put("parentLine", level.equals("state") ? "postal:                 # two-letter code, e.g. OR"
                        : "parent: " + parent);
                String file = level.equals("state") ? state : id(name);
                yield scaffolder.newFile("jurisdiction", site.content.resolve("jurisdictions").resolve(state)
                        .resolve(file + ".md"), values, vocabulary);
            }
            case "limit" -> {
                require(title, "--title");
                values.put("title", Scaffolder.quote(title));
                yield scaffolder.newFile("limit", site.content.resolve("limits").resolve(id(title) + ".md"), values,
                        vocabulary);
            }
            case "source" -> {
                require(title, "--title");
                require(url, "--url");
                if (!url.matches("https?://\\S+")) throw new ParameterException(spec.commandLine(),
                        "--url must start with https:// or http://");
                values.put("id", id(title));
                values.put("title", Scaffolder.quote(title));
                values.put("url", url);
                yield scaffolder.newSource(values, vocabulary);
            }
            default -> throw new ParameterException(spec.commandLine(),
                    "KIND must be measure, jurisdiction, limit or source, not " + kind);
        };
        (outcome.written() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(outcome.message());
        return outcome.written() ? ExitCodes.OK : ExitCodes.CONTENT;
    }

    private String id(String text) {
        String id = Optional.ofNullable(slug).orElse(Scaffolder.slug(text));
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ParameterException(spec.commandLine(), "--slug must use lower-case letters, digits and hyphens");
        }
        return id;
    }

    private void require(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "new " + kind + " needs " + option);
        }
    }

    private static java.util.List<String> listIds(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) return java.util.List.of();
        try (var list = java.nio.file.Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }
}
