package org.locallimits.source;

import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/**
 * Splits a Markdown file into its YAML front matter and its body. The front matter starts on line 1 with a line
 * that is exactly {@code ---} and ends at the next such line; anything else is reported. Stateless.
 */
public final class FrontMatter {
    private FrontMatter() {
    }

    /** A split document; {@code yamlLine} and {@code bodyLine} are the 1-based file lines where each part starts. */
    public record Split(TextFile file, String yaml, int yamlLine, String body, int bodyLine) {
    }

    public static Optional<Split> split(TextFile file, Problems problems) {
        String text = file.text();
        if (text.isBlank()) {
            problems.error(SourcePos.of(file.path(), 1, 1), "the file is empty",
                    "start with a line `---`, the front matter (for example `title: …`), a line `---`, then the text");
            return Optional.empty();
        }
        if (!text.startsWith("---\n")) {
            problems.error(SourcePos.of(file.path(), 1, 1), "the file does not start with front matter",
                    "the first line must be exactly `---`, followed by the YAML fields and another line `---`");
            return Optional.empty();
        }
        int start = 4;
        int line = 2;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.equals("---")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(file, text.substring(start, pos), 2, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        problems.error(SourcePos.of(file.path(), 1, 1), "the front matter is not closed",
                "add a line that is exactly `---` after the last YAML field, before the text");
        return Optional.empty();
    }
}
