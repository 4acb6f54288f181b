package org.staffroom.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.staffroom.base.db.StreamedReads;

/**
 * A sparse position index of the staff list, unfiltered or as the directory shows it: the sort
 * key of every {@link #STEP}th person, per order. A grid that jumps to row 900,000 seeks to the mark just before it and walks
 * fewer than {@value #STEP} index entries, instead of an OFFSET walk over 900,000.
 *
 * <p>The marks are a cache of this node, rebuilt in the background when a jump finds them older
 * than {@link #MAX_AGE}; nothing depends on them being exact. A person added or removed since
 * shifts a jump by a row, as any change does to a list that pages by position; pages that follow
 * each other continue by the grid's own bookmarks either way.
 */
@Component
class StaffPositionMarks implements AutoCloseable {

    static final int STEP = 1_000;
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(StaffPositionMarks.class);

    private final JdbcTemplate streaming;
    private final Clock clock;
    private final Map<Order, Marks> marks = new ConcurrentHashMap<>();
    private final Map<Order, Boolean> building = new ConcurrentHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(Thread.ofVirtual()
            .name("staff-position-marks").factory());

    StaffPositionMarks(DataSource dataSource, Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(STEP);
        this.clock = clock;
    }

    /**
     * The mark nearest before {@code rowIndex} in this order, as a bookmark (row index and sort key),
     * or {@code null} when there is none yet; asks for a rebuild when the marks are missing or old.
     */
    Map.Entry<Integer, Object[]> before(String where, StaffSort sort, boolean ascending, int rowIndex) {
        Order order = new Order(where, sort, ascending);
        Marks current = marks.get(order);
        if (current == null || current.builtAt().plus(MAX_AGE).isBefore(clock.instant())) {
            rebuildInBackground(order);
        }
        return current == null ? null : current.keys().floorEntry(rowIndex);
    }

    /** Forgets every mark, for a caller that changed the table behind the app's back. */
    void forget() {
        marks.clear();
    }

    private void rebuildInBackground(Order order) {
        if (building.putIfAbsent(order, Boolean.TRUE) != null) {
            return;
        }
        builder.execute(() -> {
            try {
                marks.put(order, read(order));
            } catch (RuntimeException failure) {
                // Jumps walk the offset until the next attempt; nothing else depends on the marks.
                log.warn("Could not build the staff position marks for {}: {}", order, failure.toString());
            } finally {
                building.remove(order);
            }
        });
    }

    // One pass over the order's covering index, keeping the key of every STEP-th row.
    private Marks read(Order order) {
        Instant started = clock.instant();
        TreeMap<Integer, Object[]> keys = new TreeMap<>();
        int[] row = {0};
        String sql = "SELECT " + order.sort().selectKeys() + " FROM staff s" + order.where()
                + " ORDER BY " + order.sort().orderBy(order.ascending());
        streaming.query(StreamedReads.withoutTimeLimit(sql), (RowCallbackHandler) rs -> {
            if (++row[0] % STEP == 0) {
                keys.put(row[0] - 1, order.sort().keyOf(rs, 1));
            }
        });
        return new Marks(started, keys);
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }

    /** An order of a list: {@code where} is empty for everyone, or a condition that needs no parameters. */
    private record Order(String where, StaffSort sort, boolean ascending) {
    }

    private record Marks(Instant builtAt, TreeMap<Integer, Object[]> keys) {
    }
}
