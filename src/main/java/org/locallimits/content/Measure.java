package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A measure ({@code content/measures/<slug>.md}): an ordinance, order, law, hotline or proposal. Immutable. */
public record Measure(String slug, String file, String title, String summary, Ref jurisdiction, String type,
                      String instrument, Optional<String> number, String adoptedBy, String status,
                      LocalDate statusAsOf, Optional<String> statusNote, Optional<LocalDate> introduced,
                      Optional<LocalDate> adopted, Optional<LocalDate> effective, List<Official> officials,
                      List<Ref> doctrines, String exposure, String exposureRationale, List<Event> events,
                      List<Ref> sources, LocalDate lastVerified, List<Update> updates, boolean draft, Body body) {

    /** The body headings every measure must have, in this order. */
    public static final List<String> REQUIRED_SECTIONS =
            List.of("What it does", "What it does not and cannot do", "Federal preemption");
    /** The same sections in the other languages of the site. */
    public static final java.util.Map<String, List<String>> REQUIRED_SECTIONS_BY_LANGUAGE = java.util.Map.of(
            "en", REQUIRED_SECTIONS,
            "es", List.of("Qué hace", "Qué no hace ni puede hacer", "Prevalencia del derecho federal"));

    public static List<String> requiredSections(String lang) {
        return REQUIRED_SECTIONS_BY_LANGUAGE.getOrDefault(lang, REQUIRED_SECTIONS);
    }

    public Measure {
        officials = List.copyOf(officials);
        doctrines = List.copyOf(doctrines);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }
}
