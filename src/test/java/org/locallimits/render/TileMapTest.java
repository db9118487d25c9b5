package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TileMapTest {

    @Test
    void hasOneTileForEachStateAndDcWithNoTwoInOnePlace() {
        assertEquals(51, TileMap.GRID.size());
        Set<String> cells = new HashSet<>();
        TileMap.GRID.values().forEach(c -> assertTrue(cells.add(c[0] + "," + c[1]), "two states share a tile"));
    }

    @Test
    void statesWithMeasuresAreLabelledLinks() {
        String svg = TileMap.svg(List.of(new TileMap.Tile("OR", "Oregon", "jurisdictions/oregon/", 4)));
        assertTrue(svg.contains("<a href=\"jurisdictions/oregon/\" class=\"tile has-measures shade-4\" "
                + "aria-label=\"Oregon: 4 measures\">"), svg);
        assertTrue(svg.contains(">WY</text>"));
    }
}
