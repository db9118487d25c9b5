package org.locallimits.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locallimits.model.Replaced;

/**
 * The site's search index, built from the rendered pages: an inverted index from word to the pages that contain
 * it, each with a score that weights the title above the description, headings and body text. The browser's
 * {@code search.js} reads it and must split words exactly as {@link #words} does. Pages may be added from several
 * threads; the JSON does not depend on the order they arrive in.
 *
 * <p>Memory stays proportional to the index itself, not to the pages: each page is reduced to its words (shared
 * strings) and rounded scores as soon as it is added, and the JSON is written in chunks.
 */
public final class SearchIndex {
    /** Field weights: a word in the title says far more about a page than the same word in its body. */
    private static final int TITLE = 10;
    private static final int DESCRIPTION = 4;
    private static final int HEADING = 3;
    private static final int CONTEXT = 2;
    private static final int BODY = 1;
    /**
     * Words too common to search for, by language. The index lists its language's words ({@code stop}), so
     * search.js drops the same ones from a query; a language not listed here drops none.
     */
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
                    "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "with"),
            "es", Set.of("al", "como", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "para", "por",
                    "que", "se", "su", "sus", "un", "una", "unas", "unos", "y"));

    /**
     * One indexed page: its site-relative URL and kind, its entry in the JSON's {@code docs} as UTF-8 (URL, title,
     * description, kind and context line: one array instead of five strings, at 100,000 pages tens of megabytes),
     * and its words with their scores in tenths, rounded ({@code words[i]} scores {@code tenths[i]}).
     */
    private record Doc(String url, String kind, byte[] json, String[] words, int[] tenths, int arrival) {
        static byte[] json(String url, String title, String description, String kind, String context) {
            return ("{\"u\":" + Json.write(url) + ",\"t\":" + Json.write(title) + ",\"d\":" + Json.write(description)
                    + ",\"k\":" + Json.write(kind) + ",\"c\":" + Json.write(context) + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A one-shot index's postings, filled as pages arrive, by word: numbered in order of arrival, renumbered in
     * URL order when written. Holding each page's words until the end as well would double the index's memory,
     * which at 100,000 pages is what a build can least afford. The preview's index keeps words instead (below).
     */
    private final Map<String, Postings> arrived = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger arrivals = new java.util.concurrent.atomic.AtomicInteger();

    /** Every word seen, once: the pages' word arrays share these strings. */
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();

    /**
     * A one-shot index's entries by URL, unordered: sorted once when written (a sorted map compared URLs on every
     * page added).
     */
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();

    /** A page of the preview's index: its entry, with the HTML it was read from. */
    private record Indexed(byte[] html, Doc doc) {
    }

    /**
     * The preview's index of one edition after a rebuild: each page's entry with the HTML it came from, and the
     * file written. The next rebuild's index reads again only the pages whose HTML changed, and gives the very same
     * file when no entry changed, so the preview does not report it changed. Immutable.
     */
    public static final class Memo {
        private final Map<String, Indexed> pages;
        private final String path;
        private final OutputFile file;

        private Memo(Map<String, Indexed> pages, String path, OutputFile file) {
            this.pages = pages;
            this.path = path;
            this.file = file;
        }
    }

    /**
     * The preview's pages by URL (null for a one-shot index): every page, or when {@link #continued} only those
     * indexed again (copying 10,000 entries on every rebuild cost more than indexing the page edited).
     */
    private final Map<String, Indexed> pages;
    /** The URLs of pages that no longer have an entry, when {@link #continued}. */
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    /** The index of the last good rebuild, whose entries are reused for pages with the same HTML; or null. */
    private final Memo last;
    /** Whether {@link #pages} started as {@link #last}'s, so that only the pages added can differ from it. */
    private final boolean continued;
    /** Whether a page added since then has an entry different from {@link #last}'s. */
    private volatile boolean changed;
    private Memo memo;

    /** Indexes one rendered page (UTF-8 HTML) published at {@code url} (site-relative, such as {@code measures/x/}). */
    public void add(String url, String kind, byte[] html) {
        if (pages != null) {
            Indexed before = last == null ? null : last.pages.get(url);
            // A page the preview kept is the very array indexed last time; one it rendered again is compared whole.
            if (before != null && (before.html() == html || Arrays.equals(before.html(), html))
                    && before.doc().kind().equals(kind)) {
                if (!continued) pages.put(url, before);
                return;
            }
            Doc indexed = index(url, kind, html);
            changed = true;
            if (indexed == null) {
                pages.remove(url);
                if (continued) removed.add(url);
            } else {
                pages.put(url, new Indexed(html, indexed));
            }
            return;
        }
        Doc indexed = index(url, kind, html);
        if (indexed == null) return;
        int n = arrivals.getAndIncrement();
        if (docs.put(url, new Doc(url, kind, indexed.json(), NO_WORDS, NO_TENTHS, n)) != null) {
            throw new IllegalStateException("a one-shot index got " + url + " twice");
        }
        for (int k = 0; k < indexed.words().length; k++) {
            Postings p = arrived.computeIfAbsent(indexed.words()[k], w -> new Postings());
            synchronized (p) {
                p.add(n, indexed.tenths()[k]);
            }
        }
    }

    private static final String[] NO_WORDS = new String[0];
    private static final int[] NO_TENTHS = new int[0];

    /** An index for a one-shot build, written once. */
    public SearchIndex(String lang) {
        this(lang, false, null, false);
    }

    /**
     * An index for the preview server, which keeps it between rebuilds ({@link #memo}).
     *
     * @param last      the index of this edition after the last good rebuild, if any
     * @param continued whether only the pages that may have changed since {@code last} will be added; the others
     *                  keep their entries
     */
    public static SearchIndex preview(String lang, java.util.Optional<Memo> last, boolean continued) {
        return new SearchIndex(lang, true, last.orElse(null), continued && last.isPresent());
    }

    /** @param lang the language of the edition's pages, which decides the words too common to index */
    private SearchIndex(String lang, boolean preview, Memo last, boolean continued) {
        this.stop = STOP_WORDS.getOrDefault(lang, Set.of());
        this.last = last;
        this.continued = continued;
        this.pages = preview ? new ConcurrentHashMap<>() : null;
    }

    private final Set<String> stop;

    private Doc index(String url, String kind, byte[] html) {
        PageText page = PageText.of(html);
        if (!page.hasMain) return null;
        Counts counts = new Counts(stop);
        counts.add(page.title, 0);
        counts.add(page.description, 1);
        counts.add(page.context, 2);
        counts.add(page.headings, 3);
        counts.add(page.body, 4);
        String[] words = new String[counts.size];
        int[] tenths = new int[counts.size];
        for (int i = 0; i < counts.size; i++) {
            words[i] = dictionary.computeIfAbsent(counts.word(i), k -> k);
            tenths[i] = counts.tenths(i);
        }
        return new Doc(url, kind, Doc.json(url, page.title, page.description, kind, page.context), words, tenths, -1);
    }

    /** Each word's score in tenths, rounded, for a page with these fields (title first); for tests. */
    static Map<String, Integer> tenths(List<String> fields, String lang) {
        Counts counts = new Counts(STOP_WORDS.getOrDefault(lang, Set.of()));
        for (int f = 0; f < fields.size(); f++) counts.add(fields.get(f), f);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < counts.size; i++) out.put(counts.word(i), counts.tenths(i));
        return out;
    }

    private static final int LONGEST_STOP_WORD = STOP_WORDS.values().stream().flatMap(Set::stream)
            .mapToInt(String::length).max().orElse(0);

    /**
     * How often each word occurs in each field of one page, counted without making a string per occurrence:
     * words are hashed from {@link #split}'s buffer into an open-addressing table, and a string is made once per
     * distinct word. A word scores, summed over the fields in order (title first), {@code weight × (1 + ln tf)}:
     * repeats count, but less and less.
     */
    private static final class Counts {
        private static final int[] WEIGHTS = {TITLE, DESCRIPTION, CONTEXT, HEADING, BODY};
        private final Set<String> stop;
        private char[] chars = new char[4096];
        private int used;
        private int[] start = new int[256];
        private int[] length = new int[256];
        private int[] counts = new int[256 * 5];
        /** The open-addressing table: word number + 1, or 0 for a free slot. */
        private int[] table = new int[1024];
        int size;

        Counts(Set<String> stop) {
            this.stop = stop;
        }

        void add(String text, int field) {
            split(text, stop, (w, len) -> count(w, len, field));
        }

        private static int hash(char[] a, int from, int len) {
            int h = 0;
            for (int k = 0; k < len; k++) h = 31 * h + a[from + k];
            return h ^ (h >>> 16);
        }

        private void count(char[] w, int len, int field) {
            int mask = table.length - 1;
            for (int slot = hash(w, 0, len) & mask; ; slot = (slot + 1) & mask) {
                int n = table[slot] - 1;
                if (n < 0) {
                    int added = insert(w, len); // first: it may replace the counts array
                    counts[added * 5 + field]++;
                    table[slot] = size;
                    if (size * 2 > table.length) rehash();
                    return;
                }
                if (length[n] == len && Arrays.equals(chars, start[n], start[n] + len, w, 0, len)) {
                    counts[n * 5 + field]++;
                    return;
                }
            }
        }

        /** Stores a new word; returns its number. */
        private int insert(char[] w, int len) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                length = Arrays.copyOf(length, size * 2);
                counts = Arrays.copyOf(counts, size * 2 * 5);
            }
            if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            System.arraycopy(w, 0, chars, used, len);
            start[size] = used;
            length[size] = len;
            used += len;
            return size++;
        }

        private void rehash() {
            table = new int[table.length * 2];
            int mask = table.length - 1;
            for (int n = 0; n < size; n++) {
                int slot = hash(chars, start[n], length[n]) & mask;
                while (table[slot] != 0) slot = (slot + 1) & mask;
                table[slot] = n + 1;
            }
        }

        String word(int n) {
            return new String(chars, start[n], length[n]);
        }

        int tenths(int n) {
            double score = 0;
            boolean any = false;
            for (int f = 0; f < 5; f++) {
                int tf = counts[n * 5 + f];
                if (tf == 0) continue;
                double term = WEIGHTS[f] * (1 + Math.log(tf));
                score = any ? score + term : term;
                any = true;
            }
            return (int) Math.round(score * 10);
        }
    }

    /**
     * Splits text into index words: accents removed, lower case, apostrophes dropped, split on anything but
     * {@code a-z0-9}, English stop words and one-letter words dropped, and a light plural rule
     * ({@code plates → plate}, {@code emergencies → emergency}).
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        split(text, STOP_WORDS.get("en"), (w, len) -> out.add(new String(w, 0, len)));
        return out;
    }

    /** A word of {@link #split}: the first {@code len} characters of a buffer that is reused for the next one. */
    private interface Word {
        void accept(char[] w, int len);
    }

    /**
     * {@link #words} without making them: one pass over the characters, each index word handed on from a reused
     * buffer, stemmed. The text is copied into an array once: a short run's quickly compiled code pays a method
     * call for each {@code charAt}, and a page's text is read here character by character.
     */
    private static void split(String text, Set<String> stop, Word sink) {
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        Plain plain = plain(chars);
        char[] p = plain.chars;
        int n = plain.length;
        char[] w = new char[64];
        int len = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? p[i] : ' ';
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c == '\'' || c == '\u2019') continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (len == w.length) w = Arrays.copyOf(w, len * 2);
                w[len++] = c;
            } else if (len > 0) {
                if (len >= 2 && !(len <= LONGEST_STOP_WORD && stop.contains(new String(w, 0, len)))) {
                    sink.accept(w, stemmed(w, len));
                }
                len = 0;
            }
        }
    }

    /** The first {@code length} characters of {@code chars}. */
    private record Plain(char[] chars, int length) {
    }

    /**
     * The text with accents removed and non-ASCII letters in lower case: each run of non-ASCII characters is
     * decomposed (NFKD), stripped of combining accents and lower-cased. Doing it run by run gives the same as
     * doing it to the whole text (decomposition and accent order stay within a run, and ASCII is unchanged), but
     * costs nothing for ASCII, and a typographic quote no longer sends a whole page through the normaliser.
     */
    private static Plain plain(char[] text) {
        int n = text.length;
        int first = 0;
        while (first < n && text[first] < 0x80) first++;
        if (first == n) return new Plain(text, n);
        char[] out = Arrays.copyOf(text, n + 16);
        int length = first;
        int i = first;
        while (i < n) {
            int start = i;
            if (text[i] < 0x80) {
                while (i < n && text[i] < 0x80) i++;
            } else {
                while (i < n && text[i] >= 0x80) i++;
                if (!unchangedByPlain(text, start, i)) {
                    String decomposed = Normalizer.normalize(new String(text, start, i - start),
                            Normalizer.Form.NFKD);
                    StringBuilder bare = new StringBuilder(decomposed.length());
                    for (int k = 0; k < decomposed.length(); k++) {
                        char c = decomposed.charAt(k);
                        if (c < '\u0300' || c > '\u036f') bare.append(c);
                    }
                    String run = bare.toString().toLowerCase(Locale.ROOT);
                    // Room for the run and for the rest copied as it is, which never grows: copies need no check.
                    if (length + run.length() + (n - i) > out.length) {
                        out = Arrays.copyOf(out, Math.max(out.length * 2, length + run.length() + (n - i)));
                    }
                    run.getChars(0, run.length(), out, length);
                    length += run.length();
                    continue;
                }
            }
            System.arraycopy(text, start, out, length, i - start);
            length += i - start;
        }
        return new Plain(out, length);
    }

    /**
     * Characters that decomposition, accent stripping and lower-casing all leave as they are (dashes, typographic
     * quotes, the section sign): 1 once known to be, 2 once known not to be, 0 before the first look. A run of
     * only these is copied as it is instead of going through the normaliser. They are never marks or surrogates,
     * so a run of them cannot be reordered or cased differently as a whole. Threads that fill a slot at the same
     * time write the same value.
     */
    private static final byte[] UNCHANGED = new byte[0x10000];

    private static boolean unchangedByPlain(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!unchangedByPlain(text[k])) return false;
        }
        return true;
    }

    private static boolean unchangedByPlain(char c) {
        byte known = UNCHANGED[c];
        if (known == 0) {
            String s = String.valueOf(c);
            int type = Character.getType(c);
            boolean same = !Character.isSurrogate(c) && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && Normalizer.normalize(s, Normalizer.Form.NFKD).equals(s) && s.toLowerCase(Locale.ROOT).equals(s);
            known = same ? (byte) 1 : (byte) 2;
            UNCHANGED[c] = known;
        }
        return known == 1;
    }

    static String stem(String word) {
        char[] w = word.toCharArray();
        return new String(w, 0, stemmed(w, w.length));
    }

    /** {@link #stem} in place: the stemmed length, with a {@code y} written where {@code ies} began. */
    private static int stemmed(char[] w, int len) {
        if (len > 4 && w[len - 3] == 'i' && w[len - 2] == 'e' && w[len - 1] == 's') {
            w[len - 3] = 'y';
            return len - 2;
        }
        if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i') {
            return len - 1;
        }
        return len;
    }

    /**
     * The index as a file at {@code path}: compact JSON, with {@code stop}, the words left out, {@code docs} (u, t,
     * d, k, c) in URL order, and {@code terms}, each word mapped to a flat list of document number and score
     * (tenths, rounded) pairs. A one-shot index is streamed to disk. The preview's is deferred until a browser asks
     * for it (its JSON is megabytes at 10,000 pages, and most edits are never searched for), and is the very same
     * file as last time when no page's entry changed.
     */
    public OutputFile file(String path) {
        if (pages == null) return OutputFile.streamed(path, this::writeJson);
        boolean same = last != null && last.path.equals(path)
                && (continued ? !changed : sameEntries(last.pages, pages));
        if (same) {
            memo = last;
        } else {
            Map<String, Indexed> entries = !continued ? java.util.Collections.unmodifiableMap(pages)
                    : removed.isEmpty() ? Replaced.plus(last.pages, pages) : without(last.pages, pages, removed);
            memo = new Memo(entries, path, OutputFile.deferred(path, out -> writeJson(out,
                    inUrlOrder(entries.values().stream().map(Indexed::doc).toList()))));
        }
        return memo.file;
    }

    /** What the next rebuild's index starts from; made by {@link #file}, of a preview's index only. */
    public Memo memo() {
        if (memo == null) throw new IllegalStateException("the index has no file yet");
        return memo;
    }

    private static Map<String, Indexed> without(Map<String, Indexed> last, Map<String, Indexed> changes,
                                                Set<String> removed) {
        Map<String, Indexed> out = new HashMap<>(last);
        out.putAll(changes);
        out.keySet().removeAll(removed);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<Doc> inUrlOrder(java.util.Collection<Doc> docs) {
        List<Doc> list = new ArrayList<>(docs);
        list.sort(java.util.Comparator.comparing(Doc::url));
        return list;
    }

    /** The same entries: reused entries are the same objects, so identity is enough. */
    private static boolean sameEntries(Map<String, Indexed> a, Map<String, Indexed> b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<String, Indexed> e : b.entrySet()) {
            if (a.get(e.getKey()) != e.getValue()) return false;
        }
        return true;
    }

    /**
     * The index's JSON (see {@link #file}) written to {@code sink} in chunks, so that a large index is never held
     * as one string or one array. A one-shot index can be written once.
     */
    public void writeJson(java.io.OutputStream sink) throws java.io.IOException {
        if (pages != null) throw new IllegalStateException("a preview's index is written by its file");
        writeJson(sink, inUrlOrder(docs.values()));
    }

    private void writeJson(java.io.OutputStream sink, List<Doc> list) throws java.io.IOException {
        // Postings number pages as they arrived (one-shot) or in URL order (preview); the JSON numbers them in URL
        // order, so that the bytes do not depend on which thread finished first.
        Map<String, Postings> terms;
        int[] number;
        if (pages != null) {
            terms = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                Doc d = list.get(i);
                for (int k = 0; k < d.words().length; k++) {
                    terms.computeIfAbsent(d.words()[k], w -> new Postings()).add(i, d.tenths()[k]);
                }
            }
            number = java.util.stream.IntStream.range(0, list.size()).toArray();
        } else {
            terms = arrived;
            number = new int[arrivals.get()];
            for (int i = 0; i < list.size(); i++) number[list.get(i).arrival()] = i;
        }
        Chunks out = new Chunks(sink);
        out.text.append("{\"version\":1,\"stop\":").append(Json.write(List.copyOf(new java.util.TreeSet<>(stop))))
                .append(",\"docs\":[");
        out.flush();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sink.write(',');
            sink.write(list.get(i).json());
        }
        out.text.append("],\"terms\":{");
        boolean first = true;
        // Collected unordered, then sorted once: a sorted map would compare words on every one of the postings.
        List<String> words = new ArrayList<>(terms.keySet());
        java.util.Collections.sort(words);
        for (String word : words) {
            if (!first) out.text.append(',');
            first = false;
            out.text.append(Json.write(word)).append(":[");
            // A one-shot index lets go of each word's postings once written; it is written once.
            Postings p = pages != null ? terms.get(word) : terms.remove(word);
            long[] pairs = p.pairs(number);
            for (int k = 0; k < pairs.length; k++) {
                if (k > 0) out.text.append(',');
                out.text.append(pairs[k] >>> 32).append(',').append((int) pairs[k]);
            }
            out.text.append(']');
            out.flushIfFull();
        }
        out.text.append("}}");
        out.flush();
    }

    /**
     * A word's document number and score pairs, packed: each pair as two variable-length numbers, the document's
     * difference from the previous one (zig-zag, since threads add pages slightly out of order) and the score.
     * Most pairs take three bytes instead of eight, which at 100,000 pages is a hundred megabytes.
     */
    private static final class Postings {
        private byte[] bytes = new byte[8];
        private int length;
        private int count;
        private int lastDoc;

        void add(int doc, int tenths) {
            if (length + 10 > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length + (bytes.length >> 1) + 10);
            int delta = doc - lastDoc;
            put((delta << 1) ^ (delta >> 31));
            put(tenths);
            lastDoc = doc;
            count++;
        }

        private void put(int value) {
            while ((value & ~0x7f) != 0) {
                bytes[length++] = (byte) (value & 0x7f | 0x80);
                value >>>= 7;
            }
            bytes[length++] = (byte) value;
        }

        /** The pairs as {@code number[doc] << 32 | tenths}, sorted. */
        long[] pairs(int[] number) {
            long[] out = new long[count];
            int at = 0;
            int doc = 0;
            for (int k = 0; k < count; k++) {
                int zigzag = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = bytes[at++];
                    zigzag |= (b & 0x7f) << shift;
                    if (b >= 0) break;
                }
                int tenths = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = bytes[at++];
                    tenths |= (b & 0x7f) << shift;
                    if (b >= 0) break;
                }
                doc += (zigzag >>> 1) ^ -(zigzag & 1);
                out[k] = (long) number[doc] << 32 | tenths;
            }
            Arrays.sort(out);
            return out;
        }
    }

    /** JSON text encoded to UTF-8 in chunks, so a large index is never held as one string. */
    private static final class Chunks {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private final java.io.OutputStream sink;

        Chunks(java.io.OutputStream sink) {
            this.sink = sink;
        }

        void flushIfFull() throws java.io.IOException {
            if (text.length() >= 1 << 16) flush();
        }

        void flush() throws java.io.IOException {
            sink.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }
}
