package org.locallimits.render;

import java.util.List;
import java.util.Map;

/**
 * The U.S. tile-grid map: one equal square per state (and D.C.), laid out roughly like the country, drawn as
 * inline SVG at build time. States with measures become links shaded by how many measures they have. Stateless.
 */
public final class TileMap {
    /** Postal code → {column, row} on a 12 × 8 grid. */
    static final Map<String, int[]> GRID = Map.ofEntries(
            Map.entry("AK", new int[] {0, 0}), Map.entry("ME", new int[] {11, 0}),
            Map.entry("WI", new int[] {6, 1}), Map.entry("VT", new int[] {10, 1}), Map.entry("NH", new int[] {11, 1}),
            Map.entry("WA", new int[] {1, 2}), Map.entry("ID", new int[] {2, 2}), Map.entry("MT", new int[] {3, 2}),
            Map.entry("ND", new int[] {4, 2}), Map.entry("MN", new int[] {5, 2}), Map.entry("IL", new int[] {6, 2}),
            Map.entry("MI", new int[] {7, 2}), Map.entry("NY", new int[] {9, 2}), Map.entry("MA", new int[] {10, 2}),
            Map.entry("OR", new int[] {1, 3}), Map.entry("NV", new int[] {2, 3}), Map.entry("WY", new int[] {3, 3}),
            Map.entry("SD", new int[] {4, 3}), Map.entry("IA", new int[] {5, 3}), Map.entry("IN", new int[] {6, 3}),
            Map.entry("OH", new int[] {7, 3}), Map.entry("PA", new int[] {8, 3}), Map.entry("NJ", new int[] {9, 3}),
            Map.entry("CT", new int[] {10, 3}), Map.entry("RI", new int[] {11, 3}),
            Map.entry("CA", new int[] {1, 4}), Map.entry("UT", new int[] {2, 4}), Map.entry("CO", new int[] {3, 4}),
            Map.entry("NE", new int[] {4, 4}), Map.entry("MO", new int[] {5, 4}), Map.entry("KY", new int[] {6, 4}),
            Map.entry("WV", new int[] {7, 4}), Map.entry("VA", new int[] {8, 4}), Map.entry("MD", new int[] {9, 4}),
            Map.entry("DE", new int[] {10, 4}),
            Map.entry("AZ", new int[] {2, 5}), Map.entry("NM", new int[] {3, 5}), Map.entry("KS", new int[] {4, 5}),
            Map.entry("AR", new int[] {5, 5}), Map.entry("TN", new int[] {6, 5}), Map.entry("NC", new int[] {7, 5}),
            Map.entry("SC", new int[] {8, 5}), Map.entry("DC", new int[] {9, 5}),
            Map.entry("OK", new int[] {4, 6}), Map.entry("LA", new int[] {5, 6}), Map.entry("MS", new int[] {6, 6}),
            Map.entry("AL", new int[] {7, 6}), Map.entry("GA", new int[] {8, 6}),
            Map.entry("HI", new int[] {0, 7}), Map.entry("TX", new int[] {4, 7}), Map.entry("FL", new int[] {9, 7}));
    private static final int SIZE = 44;
    private static final int GAP = 4;

    private TileMap() {
    }

    /** A state that has measures: its postal code, name, page and measure count. */
    public record Tile(String postal, String name, String href, int count) {
    }

    public static String svg(List<Tile> tiles) {
        return svg(tiles, "Map of U.S. states; states with measures are links", "{n} measure", "{n} measures");
    }

    /**
     * The map with its text in the page's language: {@code label} names the map, {@code one} and {@code other}
     * say how many measures a state has ({@code {n}} stands for the number).
     */
    public static String svg(List<Tile> tiles, String label, String one, String other) {
        int max = tiles.stream().mapToInt(Tile::count).max().orElse(1);
        int step = SIZE + GAP;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"tile-map\" viewBox=\"0 0 ").append(12 * step).append(' ').append(8 * step)
                .append("\" role=\"group\" aria-label=\"").append(esc(label)).append("\">");
        GRID.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int x = e.getValue()[0] * step;
            int y = e.getValue()[1] * step;
            Tile t = tiles.stream().filter(tile -> tile.postal().equals(e.getKey())).findFirst().orElse(null);
            if (t == null) {
                s.append("<g class=\"tile\" aria-hidden=\"true\">");
            } else {
                int shade = Math.max(1, (int) Math.ceil(4.0 * t.count() / max));
                s.append("<a href=\"").append(esc(t.href())).append("\" class=\"tile has-measures shade-")
                        .append(shade).append("\" aria-label=\"").append(esc(t.name())).append(": ")
                        .append(esc((t.count() == 1 ? one : other).replace("{n}", String.valueOf(t.count()))))
                        .append("\">");
            }
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(SIZE)
                    .append("\" height=\"").append(SIZE).append("\" rx=\"4\"/>");
            s.append("<text x=\"").append(x + SIZE / 2).append("\" y=\"").append(y + SIZE / 2 + (t == null ? 5 : 0))
                    .append("\" text-anchor=\"middle\">").append(e.getKey()).append("</text>");
            if (t != null) {
                s.append("<text class=\"n\" x=\"").append(x + SIZE / 2).append("\" y=\"").append(y + SIZE - 7)
                        .append("\" text-anchor=\"middle\">").append(t.count()).append("</text>");
            }
            s.append(t == null ? "</g>" : "</a>");
        });
        return s.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
