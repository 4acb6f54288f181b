package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffroom.security.Role;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffStatus;

class StaffFilterCodecTest {

    @Test
    void everyFilterSurvivesTheRoundTripThroughTheUrl() {
        for (StaffFilter filter : List.of(StaffFilter.NONE,
                new StaffFilter("Mü ller & <b>", 42L, false, Role.ADMIN, StaffStatus.LOCKED),
                new StaffFilter("", null, true, null, StaffStatus.MUST_CHANGE_PASSWORD),
                new StaffFilter("a", null, false, Role.STAFF, null))) {
            QueryParameters url = QueryParameters.fromString(StaffFilterCodec.encode(filter).getQueryString());
            assertThat(StaffFilterCodec.decode(url)).isEqualTo(filter);
        }
    }

    @Test
    void onlyWhatIsSetIsWritten() {
        assertThat(StaffFilterCodec.encode(StaffFilter.NONE).getParameters()).isEmpty();
        assertThat(StaffFilterCodec.encode(new StaffFilter("", null, true, Role.ADMIN, null)).getParameters())
                .isEqualTo(Map.of("group", List.of("none"), "role", List.of("ADMIN")));
    }

    @Test
    void whatCannotBeReadIsLeftOutNeverAnError() {
        StaffFilter read = StaffFilterCodec.decode(QueryParameters.full(Map.of(
                "group", new String[] {"Mathematics"}, "role", new String[] {"ROOT"},
                "status", new String[] {"active"}, "q", new String[] {"  Patel  "})));
        assertThat(read).isEqualTo(new StaffFilter("Patel", null, false, null, null));
    }
}
