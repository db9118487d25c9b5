package org.locallimits.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.locallimits.content.Content;
import org.locallimits.content.ContentLoader;
import org.locallimits.diag.ProblemFormat;
import org.locallimits.diag.Problems;
import org.locallimits.i18n.Fingerprints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explainer translated FILE…}: records that a translation is up to date with its English page, by writing
 * the English page's current fingerprints into the translation's {@code translated_from} field. Run it after
 * updating a translation; {@code check} then stops listing it as out of date.
 */
@Command(name = "translated", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Mark translations (<slug>.<lang>.md files) as up to date with their English pages.")
public final class TranslatedCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Translation files, e.g. content/measures/x.es.md.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", description = "Mark every translation in the content folder.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (all) {
            try (Stream<Path> walk = Files.walk(site.content)) {
                files = walk.filter(p -> p.getFileName().toString().matches(".*\\.[a-z]{2}\\.md")).sorted().toList();
            }
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the translation files, or --all");
        }
        Problems problems = new Problems();
        Content content = new ContentLoader(site.content, "").load(true, problems);
        if (problems.hasErrors()) {
            spec.commandLine().getErr().print(ProblemFormat.TEXT.format(problems.sorted()));
            return ExitCodes.CONTENT;
        }
        Map<String, Object> english = new LinkedHashMap<>();
        content.measures().forEach(m -> english.put(m.file(), m));
        content.limits().forEach(l -> english.put(l.file(), l));
        content.pages().forEach(p -> english.put(p.file(), p));
        content.jurisdictions().forEach(j -> english.put(j.file(), j));
        int code = ExitCodes.OK;
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            Path root = site.content.toAbsolutePath().normalize();
            String rel = root.relativize(abs).toString().replace('\\', '/');
            if (!abs.startsWith(root) || !rel.matches(".*\\.[a-z]{2}\\.md") || !Files.isRegularFile(abs)) {
                spec.commandLine().getErr().println(file + ": not a translation file in " + site.content);
                code = ExitCodes.CONTENT;
                continue;
            }
            Object source = english.get(rel.substring(0, rel.length() - 6) + ".md");
            if (source == null) {
                spec.commandLine().getErr().println(file + ": no English page for this translation");
                code = ExitCodes.CONTENT;
                continue;
            }
            Files.writeString(abs, stamp(Files.readString(abs, StandardCharsets.UTF_8), Fingerprints.of(source)),
                    StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("marked " + file + " as up to date with its English page");
        }
        return code;
    }

    /** The text with its {@code translated_from} block replaced by {@code fingerprints}. */
    static String stamp(String text, Map<String, String> fingerprints) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean inFront = lines.length > 0 && lines[0].equals("---");
        if (!inFront) return text;
        out.append("---\n");
        for (i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            if (lines[i].startsWith("translated_from:")) {
                while (i + 1 < lines.length && lines[i + 1].startsWith("  ")) i++;
                continue;
            }
            out.append(lines[i]).append('\n');
        }
        out.append("translated_from:\n");
        fingerprints.forEach((k, v) -> out.append("  ").append(k).append(": \"").append(v).append("\"\n"));
        for (; i < lines.length; i++) {
            out.append(lines[i]);
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }
}
