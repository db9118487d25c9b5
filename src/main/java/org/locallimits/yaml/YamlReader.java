package org.locallimits.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The only place SnakeYAML is configured. Parses YAML into {@link YNode} trees with positions, using the safe
 * constructor, no global tags, bounded aliases, depth and size, and duplicate keys reported. Each call builds its
 * own {@link Yaml} (SnakeYAML instances are not thread-safe, and building one is cheap); the class is thread-safe.
 */
public final class YamlReader {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_NODES = 100_000;
    /**
     * The tags SnakeYAML's resolver gives untagged values. Anything else was written explicitly ({@code !!binary},
     * {@code !!set}, {@code !!python/object}, {@code !include}); content never needs a tag, so all are refused.
     */
    private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of(Tag.STR.getValue(),
            Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(),
            Tag.TIMESTAMP.getValue(), Tag.MERGE.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue());

    private YamlReader() {
    }

    /**
     * Parses {@code text}, which starts at line {@code firstLine} of {@code path}. Returns an empty map for an empty
     * document, and nothing (after reporting) when the YAML is broken.
     */
    public static Optional<YNode> read(String text, String path, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        Positions at = new Positions(text, path, firstLine);
        try {
            Node root = yaml.compose(new StringReader(text));
            if (root == null) return Optional.of(new YMap(Map.of(), SourcePos.of(path, firstLine, 1)));
            return new Converter(at, problems).convert(root, 0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = at.of(mark);
            String problem = e.getProblem() == null ? "broken YAML" : e.getProblem();
            String message = problem.contains("\\t(TAB)") || problem.contains("'\\t'")
                    ? "a tab character is used for indentation" : firstLine(problem);
            problems.error(pos, "YAML syntax: " + message, hintFor(problem));
            return Optional.empty();
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "broken YAML" : firstLine(e.getMessage());
            problems.error(SourcePos.of(path, firstLine, 1), "YAML: " + message, hintFor(message));
            return Optional.empty();
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    static String hintFor(String problem) {
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "YAML must be indented with spaces; replace the tab characters with spaces";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value contains `: `; put the whole value in double quotes";
        }
        if (problem.contains("Number of aliases")) {
            return "the file uses too many `*aliases`; write the values out instead";
        }
        if (problem.contains("Nesting Depth")) {
            return "the fields are nested too deeply; content files need only a few levels";
        }
        if (problem.contains("code points")) {
            return "the YAML is far too long; keep long text in the Markdown body";
        }
        if (problem.contains("Global tag") || problem.contains("tag")) {
            return "remove the `!!…` or `!…` tag; content files use plain values only";
        }
        if (problem.contains("could not find expected ':'")) {
            return "each field is `name: value`; check the line above for a missing colon or an unclosed quote";
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return "a `[` list or `{` group is not closed; add the closing bracket";
        }
        return "check the indentation and quoting on this line and the one above";
    }

    /**
     * File positions of SnakeYAML's marks. SnakeYAML counts lines of its own (U+2028, U+2029 and U+0085 end a
     * line for it, not for an editor) and columns in code points, so positions are computed from the mark's index
     * into the text, with {@code \n} as the only line break, as everywhere else.
     */
    private static final class Positions {
        private final String path;
        private final int firstLine;
        private final int[] lineStarts;
        /** The char offset of each code point, or null when every code point is one char. */
        private final int[] offsets;
        private final int length;

        Positions(String text, String path, int firstLine) {
            this.path = path;
            this.firstLine = firstLine;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') starts.add(i + 1);
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                offsets = null;
            } else {
                offsets = new int[codePoints + 1];
                for (int cp = 0, i = 0; cp < codePoints; cp++, i += Character.charCount(text.codePointAt(i))) {
                    offsets[cp] = i;
                }
                offsets[codePoints] = text.length();
            }
            length = text.length();
        }

        SourcePos of(Mark mark) {
            if (mark == null) return SourcePos.of(path, firstLine, 1);
            int index = Math.max(0, mark.getIndex());
            int offset = offsets == null ? Math.min(index, length) : offsets[Math.min(index, offsets.length - 1)];
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            if (line < 0) line = -line - 2;
            return SourcePos.of(path, firstLine + line, offset - lineStarts[line] + 1);
        }
    }

    /** Converts composed nodes, reporting duplicate keys, odd tags and oversized trees. */
    private static final class Converter {
        private final Positions at;
        private final Problems problems;
        private int nodes;
        private boolean ok = true;

        Converter(Positions at, Problems problems) {
            this.at = at;
            this.problems = problems;
        }

        Optional<YNode> convert(Node root, int depth) {
            YNode n = node(root, depth);
            return ok ? Optional.of(n) : Optional.empty();
        }

        private SourcePos pos(Node n) {
            return at.of(n.getStartMark());
        }

        private YNode node(Node n, int depth) {
            SourcePos pos = pos(n);
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                if (ok) problems.error(pos, "the YAML is too large or too deeply nested", hintFor("Nesting Depth"));
                ok = false;
                return new YScalar("", true, pos);
            }
            String tag = n.getTag().getValue();
            if (!PLAIN_TAGS.contains(tag)) {
                problems.error(pos, "unsupported YAML tag `" + tag + "`", hintFor("tag"));
                ok = false;
            }
            if (n instanceof ScalarNode s) {
                return new YScalar(s.getValue(), s.isPlain(), pos);
            }
            if (n instanceof SequenceNode s) {
                List<YNode> items = new ArrayList<>();
                for (Node item : s.getValue()) items.add(node(item, depth + 1));
                return new YList(items, pos);
            }
            MappingNode m = (MappingNode) n;
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                SourcePos keyPos = pos(t.getKeyNode());
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problems.error(keyPos, "a field name must be plain text", "write `name: value`");
                    ok = false;
                    continue;
                }
                String key = k.getValue();
                if (entries.containsKey(key)) {
                    problems.error(keyPos, "the field `" + key + "` appears twice (first at line "
                            + entries.get(key).keyPos().line() + ")", "keep one of them and delete the other");
                    ok = false;
                    continue;
                }
                entries.put(key, new YMap.Entry(key, keyPos, node(t.getValueNode(), depth + 1)));
            }
            return new YMap(entries, pos);
        }
    }
}
