package org.locallimits.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV fields are quoted as RFC 4180 says and never start with what a spreadsheet would run as a formula. */
class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("", Csv.field(""));
    }

    @Test
    void neutralisesEveryFormulaPrefix() {
        assertEquals("'=1+1", Csv.field("=1+1"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'-1", Csv.field("-1"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("\"'\rx\"", Csv.field("\rx"), "neutralised and then quoted for the CR");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\", \"\"y\"\")\"", Csv.field("=HYPERLINK(\"http://x\", \"y\")"));
        assertEquals("a=b", Csv.field("a=b"), "only a leading character matters");
    }

    @Test
    void writesAHeaderAndRowsWithCrlfLineEnds() {
        assertEquals("id,name\r\na,\"x, y\"\r\n", Csv.write(List.of("id", "name"), List.of(List.of("a", "x, y"))));
    }
}
