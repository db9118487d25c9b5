package org.locallimits.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/**
 * The one FreeMarker configuration: templates from {@code templates/} only, HTML auto-escaping everywhere,
 * no {@code ?api}, no {@code ?new}, fixed locale and time zone, errors rethrown and reported as problems with the
 * template's file, line and column and the content file being rendered. Configured once and then only read;
 * thread-safe (FreeMarker's {@link Configuration} is safe for concurrent template processing).
 */
public final class Templates {
    private final Configuration cfg;
    private final String displayPrefix;

    public Templates(Path templatesDir, String displayPrefix) throws IOException {
        this.displayPrefix = displayPrefix.endsWith("/") ? displayPrefix : displayPrefix + "/";
        cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(new RecordWrapper(wrapper));
    }

    /** Forgets parsed templates, so that edited templates are read again (preview server). */
    public void clearCache() {
        cfg.clearTemplateCache();
    }

    /**
     * Renders {@code name} with {@code data}; on a template mistake reports a problem naming the template position
     * and {@code renderingFile}, and returns nothing.
     */
    public Optional<String> render(String name, Map<String, Object> data, String renderingFile, Problems problems) {
        StringWriter out = new StringWriter(16 * 1024);
        return process(name, data, renderingFile, problems, out) ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * {@link #render} as UTF-8 bytes, written as they are rendered: a large page costs its bytes, not also a
     * string of twice that size and its copies.
     */
    public Optional<byte[]> renderBytes(String name, Map<String, Object> data, String renderingFile,
                                        Problems problems) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(16 * 1024);
        try {
            if (!processTo(name, data, renderingFile, problems, bytes)) return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not thrown by a byte array
        }
        return Optional.of(bytes.toByteArray());
    }

    /**
     * {@link #render} straight into {@code out} as UTF-8, for pages too large to hold as text. On a mistake the
     * problem is reported and what was written so far stays written: the build fails and discards it.
     */
    public void renderTo(String name, Map<String, Object> data, String renderingFile, Problems problems,
                         OutputStream out) throws IOException {
        processTo(name, data, renderingFile, problems, out);
    }

    private boolean processTo(String name, Map<String, Object> data, String renderingFile, Problems problems,
                              OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new Marked(out), StandardCharsets.UTF_8), 1 << 13);
        boolean ok = process(name, data, renderingFile, problems, writer);
        writer.flush();
        return ok;
    }

    private boolean process(String name, Map<String, Object> data, String renderingFile, Problems problems,
                            Writer out) {
        String while_ = renderingFile.isEmpty() ? "" : " (while rendering " + renderingFile + ")";
        try {
            Template t = cfg.getTemplate(name);
            t.process(data, out);
            return true;
        } catch (TemplateNotFoundException e) {
            problems.error(SourcePos.file(displayPrefix + name), "the template " + name + " is missing" + while_,
                    "restore it from git, or create it in templates/");
        } catch (ParseException e) {
            String file = e.getTemplateName() == null ? name : e.getTemplateName();
            problems.error(SourcePos.of(displayPrefix + file, e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + firstLine(e.getEditorMessage()) + while_,
                    "fix the FreeMarker syntax at this position (see freemarker.apache.org/docs)");
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            problems.error(SourcePos.of(displayPrefix + file, line == null ? 1 : line, col == null ? 1 : col),
                    "template error: " + firstLine(e.getMessageWithoutStackTop()) + while_,
                    "a template used a value that is missing or of the wrong kind; "
                            + "test optional values with ?has_content");
        } catch (IOException e) {
            // The disk the page was going to failed (full, say): not a mistake in the template.
            if (e instanceof OutputFailed failed) throw new java.io.UncheckedIOException(failed.cause());
            if (e.getCause() instanceof SecurityException) {
                outside(name, problems); // FreeMarker remembers the first failure and wraps it on later calls
            } else {
                problems.error(SourcePos.file(displayPrefix + name), "cannot read the template: " + e.getMessage(),
                        "check the file's permissions");
            }
        } catch (SecurityException e) {
            outside(name, problems);
        }
        return false;
    }

    /** Marks the failures of the stream a page is rendered into, to tell them from failures to read a template. */
    private static final class Marked extends java.io.FilterOutputStream {
        Marked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }
    }

    /** A failure to write a rendered page, as opposed to one to read its template. */
    private static final class OutputFailed extends IOException {
        OutputFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        IOException cause() {
            return (IOException) getCause();
        }
    }

    /** FreeMarker's loader refuses a template whose real path lies outside templates/ (a symbolic link). */
    private void outside(String name, Problems problems) {
        problems.error(SourcePos.file(displayPrefix + name), "the template " + name
                + " leads outside the templates folder", "replace the symbolic link with the template itself");
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        java.util.regex.Matcher missing = java.util.regex.Pattern
                .compile("evaluated to null or missing:\\s*==> (.+?)\\s+\\[in template").matcher(s);
        if (missing.find()) return "`" + missing.group(1).strip() + "` is missing or empty";
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }
}
