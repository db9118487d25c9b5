package org.locallimits.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.BuildResult;
import org.locallimits.build.SiteBuilder;

/**
 * A throw-away copy of a fixture site in a temporary folder, optionally changed by a txtar-style patch:
 * {@code -- path --} lines start files that are written (an empty body after {@code -- path --} followed by the
 * line {@code (delete)} deletes the file). Builds and checks run with that folder as the project root.
 */
public final class TestSite {
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A copy of {@code src/test/resources/sites/<name>} in a new temporary folder. */
    public static TestSite copyOf(String name) {
        try {
            Path src = Path.of(TestSite.class.getResource("/sites/" + name).toURI());
            Path root = Files.createTempDirectory("site-" + name + "-");
            copyTree(src, root);
            return new TestSite(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty temporary project folder. */
    public static TestSite empty() {
        try {
            return new TestSite(Files.createTempDirectory("site-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the repository's real {@code content/} and {@code templates/} into this project folder. */
    public TestSite withRealContentAndTemplates() {
        try {
            copyTree(Path.of("content").toAbsolutePath(), content());
            copyTree(Path.of("templates").toAbsolutePath(), templates());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestSite mini() {
        return copyOf("mini");
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path out() {
        return root.resolve("site");
    }

    /**
     * Applies a patch in txtar form; returns this for chaining. A section headed {@code -- replace PATH --} holds
     * old text, a line {@code =>}, and the new text, and replaces the first occurrence in that file.
     */
    public TestSite patch(String txtar) {
        parse(txtar).forEach(section -> {
            String path = section.getKey();
            String body = section.getValue();
            try {
                if (path.startsWith("replace ")) {
                    Path target = root.resolve(path.substring("replace ".length()).strip());
                    String[] parts = body.split("\n=>\n", 2);
                    String old = parts[0];
                    String now = parts.length > 1 ? parts[1].replaceAll("\n$", "") : "";
                    String text = Files.readString(target);
                    if (!text.contains(old)) throw new IllegalArgumentException("not in " + target + ": " + old);
                    Files.writeString(target, text.replace(old, now));
                    return;
                }
                Path target = root.resolve(path);
                if (body.strip().equals("(delete)")) {
                    Files.deleteIfExists(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, body, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return this;
    }

    public TestSite write(String path, byte[] bytes) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of a txtar text, in order; text before the first header is ignored. */
    public static java.util.List<Map.Entry<String, String>> parse(String txtar) {
        java.util.List<Map.Entry<String, String>> files = new java.util.ArrayList<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) files.add(Map.entry(current, body.toString()));
                current = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) files.add(Map.entry(current, body.toString()));
        return files;
    }

    public BuildResult build() {
        return run(Optional.of(out()));
    }

    /** The full {@code check}: validation, rendering and link checks, writing nothing. */
    public BuildResult check() {
        try {
            return new SiteBuilder(root).check(new BuildOptions(content(), templates(), Optional.empty(),
                    Optional.empty(), false), new org.locallimits.build.CheckOptions(90, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuildResult run(Optional<Path> out) {
        try {
            return new SiteBuilder(root).build(new BuildOptions(content(), templates(), out, Optional.empty(),
                    false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, by relative path, for comparing trees. */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static void copyTree(Path src, Path dst) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.sorted().toList()) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
