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

    public Measure {
        officials = List.copyOf(officials);
        doctrines = List.copyOf(doctrines);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }
}
