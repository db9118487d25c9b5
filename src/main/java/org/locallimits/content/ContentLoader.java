package org.locallimits.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.parallel.Parallel;
import org.locallimits.source.FrontMatter;
import org.locallimits.source.TextFile;
import org.locallimits.source.TextReader;
import org.locallimits.yaml.YNode;
import org.locallimits.yaml.YamlMemo;
import org.locallimits.yaml.YamlReader;

/**
 * Loads {@code content/} into a {@link Content}: walks the folder in sorted order, reads each file, parses its
 * YAML and turns it into typed records. Every problem found on the way is reported; nothing is thrown for bad
 * content. Files are read in parallel, results are kept in sorted path order. Thread-safe.
 */
public final class ContentLoader {
    private final Path contentDir;
    private final String displayPrefix;

    /**
     * @param contentDir    the content folder
     * @param displayPrefix how the folder is named in problems, e.g. {@code content}
     */
    public ContentLoader(Path contentDir, String displayPrefix) {
        this(contentDir, displayPrefix, Optional.empty());
    }

    /** @param memo reuse the YAML of files unchanged since the last load (the preview server) */
    public ContentLoader(Path contentDir, String displayPrefix, Optional<YamlMemo> memo) {
        this(contentDir, displayPrefix, memo, Optional.empty());
    }

    /**
     * @param memo  reuse the YAML of files unchanged since the last load (the preview server)
     * @param pages reuse the pages of files not modified since the last load (the preview server)
     */
    public ContentLoader(Path contentDir, String displayPrefix, Optional<YamlMemo> memo, Optional<PageMemo> pages) {
        this(contentDir, displayPrefix, memo, pages, BODY_BUDGET);
    }

    /** @param bodyBudget characters of bodies held in memory by a one-shot build (see {@link #BODY_BUDGET}) */
    ContentLoader(Path contentDir, String displayPrefix, Optional<YamlMemo> memo, Optional<PageMemo> pages,
                  long bodyBudget) {
        this.bodyBudget = bodyBudget;
        this.contentDir = contentDir;
        this.displayPrefix = displayPrefix.isEmpty() || displayPrefix.endsWith("/") ? displayPrefix
                : displayPrefix + "/";
        this.memo = memo;
        this.pages = pages;
    }

    private final Optional<YamlMemo> memo;
    private final Optional<PageMemo> pages;

    private Optional<YNode> yaml(String text, String path, int firstLine, Problems problems) {
        return memo.isPresent() ? memo.get().read(text, path, firstLine, problems)
                : YamlReader.read(text, path, firstLine, problems);
    }

    public Content load(boolean includeDrafts, Problems problems) {
        return load(includeDrafts, problems, ChangedFiles.UNKNOWN);
    }

    /**
     * @param changed what changed since the last load with the same page memo: with a known set, the memo's last
     *                listing is updated instead of walking the folder again
     */
    public Content load(boolean includeDrafts, Problems problems, ChangedFiles changed) {
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePos.file(displayPrefix), "the content folder does not exist",
                    "run the command from the project root, or pass --content DIR");
            return new Content(DataFiles.fallbackSite(), new Vocabulary(java.util.Map.of()), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
        Site site = yamlFile("site.yaml", problems).map(n -> DataFiles.site(n, problems))
                .orElseGet(DataFiles::fallbackSite);
        Vocabulary read = yamlFile("vocabulary.yaml", problems).map(n -> DataFiles.vocabulary(n, problems))
                .orElseGet(() -> new Vocabulary(java.util.Map.of()));
        Vocabulary vocabulary = pages.isPresent() ? pages.get().sameAsLast(read) : read;
        List<Source> sources = yamlFile("sources.yaml", problems)
                .map(n -> pages.isPresent() ? pages.get().sources(n, vocabulary, problems)
                        : DataFiles.sources(n, vocabulary, problems)).orElse(List.of());

        List<PageMemo.Listed> files = pages.isPresent() ? listing(changed, problems) : markdownFiles(problems);
        boolean hold = files.size() <= HELD_FILES;
        List<Object> loaded = Parallel.map(files, f -> pages.isPresent() ? remembered(f, vocabulary, problems)
                : loadPage(f.path(), vocabulary, hold, problems));
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Object o : loaded) {
            if (o instanceof Jurisdiction j) jurisdictions.add(j);
            else if (o instanceof Measure m && (includeDrafts || !m.draft())) measures.add(m);
            else if (o instanceof Limit l) limits.add(l);
            else if (o instanceof Page p) pages.add(p);
        }
        return new Content(site, vocabulary, sources, jurisdictions, measures, limits, pages);
    }

    private String display(Path p) {
        return displayPrefix + contentDir.relativize(p).toString().replace('\\', '/');
    }

    private Optional<YNode> yamlFile(String name, Problems problems) {
        Path p = contentDir.resolve(name);
        if (Files.isSymbolicLink(p)) return Optional.empty(); // reported with every other link in content/
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(SourcePos.file(display(p)), "the required file " + name + " is missing",
                    "create content/" + name + " (see content/README.md for an example)");
            return Optional.empty();
        }
        return TextReader.read(p, display(p), problems)
                .flatMap(t -> yaml(t.text(), t.path(), 1, problems));
    }

    /**
     * The preview's listing: the last one updated with the changed paths when they are known and touch only
     * Markdown pages and data files, else a new walk. A new, removed or linked folder, a stray file or anything
     * unexpected walks again, so that every problem is found exactly as a full listing finds it.
     */
    private List<PageMemo.Listed> listing(ChangedFiles changed, Problems problems) {
        PageMemo memo = pages.get();
        Optional<List<PageMemo.Listed>> updated = changed.known()
                ? memo.listing().flatMap(last -> updated(last, changed)) : Optional.empty();
        if (updated.isPresent()) {
            memo.listing(updated);
            return updated.get();
        }
        Problems local = new Problems();
        List<PageMemo.Listed> walked = markdownFiles(local);
        local.sorted().forEach(problems::add);
        memo.listing(local.sorted().isEmpty() ? Optional.of(walked) : Optional.empty());
        return walked;
    }

    private Optional<List<PageMemo.Listed>> updated(List<PageMemo.Listed> last, ChangedFiles changed) {
        Path root = contentDir.toAbsolutePath().normalize();
        List<PageMemo.Listed> out = new ArrayList<>(last);
        Comparator<PageMemo.Listed> byRel = Comparator.comparing(PageMemo.Listed::rel);
        for (Path p : changed.paths()) {
            if (!p.startsWith(root) || p.equals(root)) continue; // templates/, or the folder itself
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (isHidden(rel)) continue;
            int at = java.util.Collections.binarySearch(out, new PageMemo.Listed(rel, p, null), byRel);
            java.nio.file.attribute.BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                if (at >= 0) out.remove(at);
                else if (!Layout.isDataFile(rel)) return Optional.empty(); // perhaps a folder: walk again
                continue;
            } catch (IOException e) {
                return Optional.empty();
            }
            if (!attrs.isRegularFile()) return Optional.empty();
            if (Layout.kindOf(rel).isPresent()) {
                PageMemo.Listed now = new PageMemo.Listed(rel, contentDir.resolve(rel),
                        new PageMemo.Stamp(attrs.lastModifiedTime(), attrs.size()));
                if (at >= 0) out.set(at, now);
                else out.add(-at - 1, now);
            } else if (!Layout.isDataFile(rel)) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(out));
    }

    /**
     * Every Markdown page in sorted order; misplaced files, symbolic links and stray files are reported. One
     * directory walk that reads each entry's attributes once: at 10,000 pages, asking again whether each is a link,
     * a folder and when it changed was most of a preview rebuild's loading.
     */
    private List<PageMemo.Listed> markdownFiles(Problems problems) {
        record Entry(String key, Path path, java.nio.file.attribute.BasicFileAttributes attrs) {
        }
        List<Entry> all = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (dir.equals(contentDir)) return java.nio.file.FileVisitResult.CONTINUE;
                    if (dir.getFileName().toString().startsWith(".")) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    // Each path is made relative once: relativizing inside the comparator costs more than the sort.
                    all.add(new Entry(contentDir.relativize(file).toString().replace('\\', '/'), file, attrs));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            problems.error(SourcePos.file(displayPrefix), "cannot list the content folder: " + e.getMessage(),
                    "check the folder's permissions");
            return List.of();
        }
        all.sort(Comparator.comparing(Entry::key));
        List<PageMemo.Listed> out = new ArrayList<>();
        for (Entry e : all) {
            String rel = e.key();
            if (isHidden(rel)) continue;
            if (e.attrs().isSymbolicLink()) {
                problems.error(SourcePos.file(display(e.path())), "symbolic links are not allowed in content/",
                        "replace the link with a real file or folder");
                continue;
            }
            if (e.attrs().isDirectory()) continue;
            if (Layout.kindOf(rel).isPresent()) {
                out.add(new PageMemo.Listed(rel, e.path(),
                        new PageMemo.Stamp(e.attrs().lastModifiedTime(), e.attrs().size())));
            } else if (!Layout.isDataFile(rel)) {
                problems.error(SourcePos.file(display(e.path())), "unexpected file in content/", Layout.HINT);
            }
        }
        return out;
    }

    private static boolean isHidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }

    /** {@link #loadPage}, or the page the memo kept when the file was not modified since. */
    private Object remembered(PageMemo.Listed listed, Vocabulary vocabulary, Problems problems) {
        PageMemo memo = pages.get();
        Path p = listed.path();
        PageMemo.Stamp stamp = listed.stamp();
        Optional<Object> kept = memo.get(p, stamp, vocabulary);
        if (kept.isPresent()) return kept.get();
        Problems local = new Problems();
        Object page = loadPage(p, vocabulary, true, local);
        local.sorted().forEach(problems::add);
        // The stamp is taken when listing, before reading, so a save during the read is seen as a change next time.
        if (local.sorted().isEmpty() && !"".equals(page) && stamp.settled()) {
            memo.put(p, stamp, vocabulary, page);
        } else {
            memo.forget(p);
        }
        return page;
    }

    /** @param hold whether the body may be held in memory, within the budget (see {@link #BODY_BUDGET}) */
    private Object loadPage(Path p, Vocabulary vocabulary, boolean hold, Problems problems) {
        String rel = contentDir.relativize(p).toString().replace('\\', '/');
        String kind = Layout.kindOf(rel).orElseThrow();
        Optional<TextFile> text = TextReader.read(p, display(p), problems);
        if (text.isEmpty()) return "";
        Optional<FrontMatter.Split> doc = FrontMatter.split(text.get(), problems);
        if (doc.isEmpty()) return "";
        Optional<YNode> yaml = yaml(doc.get().yaml(), text.get().path(), doc.get().yamlLine(), problems);
        if (yaml.isEmpty()) return "";
        Optional<Fields> fields = Fields.of(yaml.get(), "the front matter of a " + kind, PageFiles.fieldsOf(kind),
                problems);
        if (fields.isEmpty()) return "";
        String slug = text.get().baseName();
        if (!Fields.SLUG.matcher(slug).matches()) {
            problems.error(SourcePos.file(text.get().path()), "the file name `" + slug + "` is not a valid id",
                    "rename the file using lower-case letters, digits and single hyphens, e.g. `cook-county.md`");
        }
        Fields f = fields.get();
        Body body = body(p, doc.get(), hold);
        return switch (kind) {
            case "jurisdiction" -> PageFiles.jurisdiction(f, doc.get(), slug, rel.split("/")[1], body, problems);
            case "measure" -> PageFiles.measure(f, doc.get(), slug, vocabulary, body, problems);
            case "limit" -> PageFiles.limit(f, doc.get(), slug, body, problems);
            default -> PageFiles.page(f, doc.get(), slug, body);
        };
    }

    /**
     * Characters of Markdown bodies a one-shot build holds in memory: about 11,000 measures' worth. Past it, and
     * in a site of more than {@link #HELD_FILES} pages, bodies are read again from their files when needed, so
     * that a site of 100,000 pages does not hold 550 MB of text. The preview server holds every body, since it
     * compares each with the last one it parsed.
     */
    static final long BODY_BUDGET = 64_000_000L;
    /** Pages up to which a one-shot build holds bodies: holding the first few of a huge site saves too little. */
    static final int HELD_FILES = 20_000;
    private final long bodyBudget;
    private final java.util.concurrent.atomic.AtomicLong heldChars = new java.util.concurrent.atomic.AtomicLong();

    private Body body(Path file, FrontMatter.Split doc, boolean hold) {
        String text = doc.body();
        if (pages.isPresent() || hold && heldChars.addAndGet(text.length()) <= bodyBudget) {
            return new Body(text, doc.bodyLine());
        }
        return new Body(BodyText.inFile(file, doc.file().path(), text), doc.bodyLine());
    }
}
