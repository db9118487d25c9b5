package org.locallimits.opendata;

/**
 * One documented column of a published data set: its name (the CSV header and JSON key), its kind, and what it
 * holds. The same definition writes the files, their JSON Schema and the data page. Immutable.
 *
 * @param kind {@code text}, {@code id}, {@code date}, {@code url}, {@code ids} or {@code urls} (lists: JSON
 *             arrays, and in CSV the values separated by single spaces)
 * @param optional whether the value may be absent (JSON {@code null}, an empty CSV field)
 * @param terms    the {@code vocabulary.yaml} list an {@code id} column's values come from, or empty
 */
public record Column(String name, String kind, boolean optional, String terms, String description) {
    public boolean isList() {
        return kind.equals("ids") || kind.equals("urls");
    }
}
