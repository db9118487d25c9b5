package org.locallimits.opendata;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields, doubled quotes; fails on anything else. */
final class CsvReader {
    private CsvReader() {
    }

    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\r';
                    if (next != ',' && next != '\r') throw new IllegalArgumentException("text after a quote at " + i);
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"') {
                if (field.length() > 0) throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("a CR without LF at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("a bare LF outside quotes at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (quoted) throw new IllegalArgumentException("an unclosed quote");
        if (field.length() > 0 || !row.isEmpty()) throw new IllegalArgumentException("the last line has no CRLF");
        return rows;
    }
}
