package org.locallimits.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/**
 * The static files of {@code templates/assets/}, each published under a content-hashed name
 * ({@code style.css} → {@code assets/style.3f2a9c1b07.css}) so browsers may cache them forever. Immutable.
 */
public record Assets(Map<String, String> paths, List<OutputFile> files) {
    public Assets {
        paths = Map.copyOf(paths);
        files = List.copyOf(files);
    }

    public static Assets load(Path templatesDir, String displayPrefix, Problems problems) {
        Path dir = templatesDir.resolve("assets");
        Map<String, String> paths = new TreeMap<>();
        List<OutputFile> files = new java.util.ArrayList<>();
        if (Files.isSymbolicLink(dir)) {
            problems.error(SourcePos.file(displayPrefix + "assets"), "templates/assets/ is a symbolic link",
                    "replace the link with a real folder; assets must live inside templates/");
            return new Assets(paths, files);
        }
        if (!Files.isDirectory(dir)) return new Assets(paths, files);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) continue;
                if (Files.isSymbolicLink(p)) {
                    problems.error(SourcePos.file(displayPrefix + "assets/" + name),
                            "symbolic links are not allowed in templates/assets/", "replace it with a real file");
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                String hashed = "assets/" + withHash(name, hash(bytes));
                paths.put(name, hashed);
                files.add(new OutputFile(hashed, bytes));
            }
        } catch (IOException e) {
            problems.error(SourcePos.file(displayPrefix + "assets/"), "cannot read the assets: " + e.getMessage(),
                    "check the folder's permissions");
        }
        return new Assets(paths, files);
    }

    private static String withHash(String name, String hash) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot <= slash ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
