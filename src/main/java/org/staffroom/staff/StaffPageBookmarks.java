package org.staffroom.staff;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where earlier pages of one grid ended, by row index and sort key. A grid scrolling
 * down asks for the page after the last one; with a bookmark that page is an index seek
 * ("after this key"), not an OFFSET walk over every row before it. One per grid; it
 * forgets everything when the filter or the order changes.
 */
public final class StaffPageBookmarks {

    private static final int MAX_BOOKMARKS = 10_000;

    private Object scope;
    private final TreeMap<Integer, Object[]> keys = new TreeMap<>();

    /** The nearest known row at or before {@code rowIndex}, for this filter and order. */
    Map.Entry<Integer, Object[]> before(Object currentScope, int rowIndex) {
        if (!Objects.equals(scope, currentScope)) {
            scope = currentScope;
            keys.clear();
        }
        return rowIndex < 0 ? null : keys.floorEntry(rowIndex);
    }

    void remember(int rowIndex, Object[] sortKey) {
        if (keys.size() >= MAX_BOOKMARKS) {
            keys.pollFirstEntry();
        }
        keys.put(rowIndex, sortKey);
    }
}
