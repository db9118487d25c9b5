package org.locallimits.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Update;

/**
 * Short fingerprints of the translatable text of an English page, field by field. A translation records the
 * fingerprints it was made from; comparing them with the current ones tells whether, and where, the English
 * page changed since. Stateless.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static Map<String, String> of(Object page) {
        Map<String, String> f = new LinkedHashMap<>();
        if (page instanceof Measure m) {
            put(f, "title", m.title());
            put(f, "summary", m.summary());
            put(f, "status_note", m.statusNote().orElse(""));
            put(f, "rationale", m.exposureRationale());
            put(f, "events", String.join("\n", m.events().stream().map(Event::summary).toList()));
            // Only where there are officials: a translation of a page without any records no fingerprint of them.
            if (!m.officials().isEmpty()) {
                put(f, "officials", String.join("\n", m.officials().stream().map(o -> o.role()).toList()));
            }
            updates(f, m.updates());
            put(f, "body", m.body().markdown());
        } else if (page instanceof Limit l) {
            put(f, "title", l.title());
            put(f, "summary", l.summary());
            put(f, "holdings", String.join("\n", l.authorities().stream().map(a -> a.holding()).toList()));
            updates(f, l.updates());
            put(f, "body", l.body().markdown());
        } else if (page instanceof Page p) {
            put(f, "title", p.title());
            put(f, "summary", p.summary());
            updates(f, p.updates());
            put(f, "body", p.body().markdown());
        } else if (page instanceof Jurisdiction j) {
            put(f, "name", j.name());
            updates(f, j.updates());
            put(f, "body", j.body().markdown());
        }
        return f;
    }

    /** Like the officials' roles, recorded only for a page that has updates. */
    private static void updates(Map<String, String> f, List<Update> updates) {
        if (!updates.isEmpty()) put(f, "updates", String.join("\n", updates.stream().map(Update::summary).toList()));
    }

    /** The fields whose fingerprint differs from the one recorded, in field order. */
    public static List<String> changed(Map<String, String> recorded, Map<String, String> now) {
        return now.keySet().stream().filter(k -> !now.get(k).equals(recorded.get(k))).toList();
    }

    private static void put(Map<String, String> f, String field, String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            f.put(field, HexFormat.of().formatHex(d).substring(0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
