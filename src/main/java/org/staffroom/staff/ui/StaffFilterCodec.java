package org.staffroom.staff.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.staffroom.base.ui.UrlParameters;
import org.staffroom.security.Role;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffStatus;

/**
 * The staff grid's filters in the URL ({@code ?q=mü&group=none&role=ADMIN&status=LOCKED}),
 * so a filtered list can be bookmarked and reloaded. Only what is set is written; anything
 * that cannot be read (a bad number, an unknown role) is left out, never an error.
 */
final class StaffFilterCodec {

    static final String SEARCH = "q";
    static final String GROUP = "group";
    static final String ROLE = "role";
    static final String STATUS = "status";
    /** The group parameter's value for "people without a subject group". */
    static final String NO_GROUP = "none";

    private StaffFilterCodec() {
    }

    static QueryParameters encode(StaffFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!filter.search().isEmpty()) {
            parameters.put(SEARCH, filter.search());
        }
        if (filter.withoutSubjectGroup()) {
            parameters.put(GROUP, NO_GROUP);
        } else if (filter.subjectGroupId() != null) {
            parameters.put(GROUP, filter.subjectGroupId().toString());
        }
        if (filter.role() != null) {
            parameters.put(ROLE, filter.role().name());
        }
        if (filter.status() != null) {
            parameters.put(STATUS, filter.status().name());
        }
        return QueryParameters.simple(parameters);
    }

    static StaffFilter decode(QueryParameters query) {
        Optional<String> group = UrlParameters.first(query, GROUP);
        return new StaffFilter(UrlParameters.first(query, SEARCH).orElse(""),
                group.filter(value -> !NO_GROUP.equals(value)).flatMap(StaffFilterCodec::id).orElse(null),
                group.filter(NO_GROUP::equals).isPresent(),
                UrlParameters.first(query, ROLE).flatMap(value -> parse(Role.class, value)).orElse(null),
                UrlParameters.first(query, STATUS).flatMap(value -> parse(StaffStatus.class, value)).orElse(null));
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
