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
 * line {@code (delete)} deletes the file or folder). Builds and checks run with that folder as the project root.
 * For hostile input a patch may also hold {@code -- symlink PATH --} (the body's first line is the link's target),
 * {@code -- bytes PATH --} (the body with {@code \xHH}, {@code \r}, {@code \n}, {@code \t}, {@code \0} and {@code \\}
 * escapes decoded, for byte-order marks, CRLF, bad encodings and binary files) and {@code -- repeat N PATH --}
 * (the body without its last line break appended N times, {@code {n}} standing for 0 … N-1, for oversized files).
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

    /** A copy of {@code src/test/resources/sites/<name>} in {@code root}, which is created if needed. */
    public static TestSite copyOf(String name, Path root) {
        try {
            Path src = Path.of(TestSite.class.getResource("/sites/" + name).toURI());
            Files.createDirectories(root);
            copyTree(src, root);
            return new TestSite(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces this site's templates with a copy of the repository's real {@code templates/}. */
    public TestSite withRealTemplates() {
        try {
            deleteTree(templates());
            copyTree(Path.of("templates").toAbsolutePath(), templates());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                if (path.startsWith("symlink ")) {
                    Path link = root.resolve(path.substring("symlink ".length()).strip());
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, Path.of(body.strip()));
                    return;
                }
                if (path.startsWith("bytes ")) {
                    write(path.substring("bytes ".length()).strip(), unescape(body));
                    return;
                }
                if (path.startsWith("repeat ")) {
                    String[] words = path.split(" ", 3);
                    Path target = root.resolve(words[2].strip());
                    Files.createDirectories(target.getParent());
                    String unit = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < Integer.parseInt(words[1]); i++) text.append(unit.replace("{n}", "" + i));
                    Files.writeString(target, text, StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    return;
                }
                Path target = root.resolve(path);
                if (body.strip().equals("(delete)")) {
                    deleteTree(target);
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

    /** Decodes {@code \xHH}, {@code \r}, {@code \n}, {@code \t}, {@code \0} and {@code \\}; other text is UTF-8. */
    static byte[] unescape(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                switch (e) {
                    case 'x' -> {
                        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    case 'r' -> out.write('\r');
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case '0' -> out.write(0);
                    case '\\' -> out.write('\\');
                    default -> throw new IllegalArgumentException("unknown escape \\" + e);
                }
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toByteArray();
    }

    /** Deletes a file, a symbolic link (not what it points to) or a whole folder, if it exists. */
    public static void deleteTree(Path target) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
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
