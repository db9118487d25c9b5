package org.locallimits.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locallimits.testing.TestSite;

/**
 * One file of {@code src/test/resources/hostile/}: a description, a patch applied to the mini site (with the real
 * templates), and an {@code -- expected --} section. The expected section holds the exact problem headlines the
 * CLI must print (each optionally followed by {@code   hint: …} text the hint must contain) and directives:
 * <ul>
 *   <li>{@code exit N} — the CLI's exit code (default 1);</li>
 *   <li>{@code out PATH} — the {@code --out} folder, {@code {root}} being the project folder (default
 *       {@code {root}/site});</li>
 *   <li>{@code xss} — open every changed page in headless Chromium and check that no injected script runs;</li>
 *   <li>{@code contains PAGE: TEXT} and {@code lacks PAGE: TEXT} — a generated file does or does not hold the
 *       text;</li>
 *   <li>{@code absent PATH} — an absolute path that must not exist after the build;</li>
 *   <li>{@code more} — the listed problems are only the first ones printed;</li>
 *   <li>{@code output TEXT} — the CLI's output contains the text.</li>
 * </ul>
 * Immutable.
 */
record HostileCase(String name, String patch, int exit, String out, boolean xss, List<String> problems,
                   boolean more, List<String[]> hints, List<String[]> contains, List<String[]> lacks,
                   List<String> absent, List<String> output) {

    static HostileCase parse(String name, String txtar) {
        StringBuilder patch = new StringBuilder();
        String expected = "";
        for (Map.Entry<String, String> section : TestSite.parse(txtar)) {
            if (section.getKey().equals("expected")) expected = section.getValue();
            else patch.append("-- ").append(section.getKey()).append(" --\n").append(section.getValue());
        }
        int exit = 1;
        String out = "{root}/site";
        boolean xss = false;
        boolean more = false;
        List<String> problems = new ArrayList<>();
        List<String[]> hints = new ArrayList<>();
        List<String[]> contains = new ArrayList<>();
        List<String[]> lacks = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> output = new ArrayList<>();
        for (String line : expected.split("\n")) {
            if (line.isBlank()) continue;
            if (line.startsWith("  hint: ")) {
                if (problems.isEmpty()) throw new IllegalArgumentException(name + ": a hint before any problem");
                hints.add(new String[] {problems.get(problems.size() - 1), line.substring("  hint: ".length())});
            } else if (line.startsWith("exit ")) {
                exit = Integer.parseInt(line.substring("exit ".length()).strip());
            } else if (line.startsWith("out ")) {
                out = line.substring("out ".length()).strip();
            } else if (line.equals("xss")) {
                xss = true;
            } else if (line.equals("more")) {
                more = true;
            } else if (line.startsWith("output ")) {
                output.add(line.substring("output ".length()));
            } else if (line.startsWith("contains ")) {
                contains.add(pageAndText(name, line.substring("contains ".length())));
            } else if (line.startsWith("lacks ")) {
                lacks.add(pageAndText(name, line.substring("lacks ".length())));
            } else if (line.startsWith("absent ")) {
                absent.add(line.substring("absent ".length()).strip());
            } else {
                problems.add(line);
            }
        }
        if (exit != 0 && problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": a failing case must list the problems it expects");
        }
        // Parsing again would add a line break after the last body; drop it so that every body reads as written.
        String patchText = patch.toString().endsWith("\n") ? patch.substring(0, patch.length() - 1) : patch.toString();
        return new HostileCase(name, patchText, exit, out, xss, List.copyOf(problems), more, List.copyOf(hints),
                List.copyOf(contains), List.copyOf(lacks), List.copyOf(absent), List.copyOf(output));
    }

    private static String[] pageAndText(String name, String rest) {
        int colon = rest.indexOf(": ");
        if (colon < 0) throw new IllegalArgumentException(name + ": expected `PAGE: TEXT` in " + rest);
        return new String[] {rest.substring(0, colon), rest.substring(colon + 2)};
    }

    Path outFolder(Path root) {
        return Path.of(out.replace("{root}", root.toString()));
    }
}
