package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.app.AccessDeniedView;
import org.staffroom.security.ui.LoginView;
import org.staffroom.security.ui.MustChangePasswordView;
import org.staffroom.security.ui.SecurityLogView;
import org.staffroom.security.ui.SecurityView;
import org.staffroom.staff.ui.HomeView;
import org.staffroom.staff.ui.StaffDirectoryView;
import org.staffroom.staff.ui.StaffGridView;
import org.staffroom.staff.ui.StaffImportView;
import org.staffroom.subjectgroup.ui.SubjectGroupView;

/**
 * Every route for anonymous, STAFF and ADMIN. A new route must be added to the matrix:
 * {@link #everyRouteIsInTheMatrix()} fails otherwise.
 */
@SpringBootTest
class AccessMatrixTest extends SpringBrowserlessTest {

    private record Row(Class<? extends Component> anonymous, Class<? extends Component> staff,
            Class<? extends Component> admin) {
    }

    private static final Map<String, Row> MATRIX = Map.ofEntries(
            Map.entry("login", new Row(LoginView.class, HomeView.class, HomeView.class)),
            Map.entry("", new Row(LoginView.class, HomeView.class, HomeView.class)),
            Map.entry("directory", new Row(LoginView.class, StaffDirectoryView.class, StaffDirectoryView.class)),
            Map.entry("change-password", new Row(LoginView.class, MustChangePasswordView.class, MustChangePasswordView.class)),
            Map.entry("subject-groups", new Row(LoginView.class, AccessDeniedView.class, SubjectGroupView.class)),
            Map.entry("staff", new Row(LoginView.class, AccessDeniedView.class, StaffGridView.class)),
            Map.entry("staff/import", new Row(LoginView.class, AccessDeniedView.class, StaffImportView.class)),
            Map.entry("security", new Row(LoginView.class, SecurityView.class, SecurityView.class)),
            Map.entry("security-log", new Row(LoginView.class, AccessDeniedView.class, SecurityLogView.class)),
            // The steps of signing in lead home once they are done (SignInStepsTest covers them undone).
            Map.entry("sign-in/verify", new Row(LoginView.class, HomeView.class, HomeView.class)),
            Map.entry("sign-in/second-factor", new Row(LoginView.class, HomeView.class, HomeView.class)));

    @Test
    void everyRouteIsInTheMatrix() {
        assertThat(RouteConfiguration.forApplicationScope().getAvailableRoutes())
                .extracting(RouteData::getTemplate)
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    @WithAnonymousUser
    void anonymous() {
        MATRIX.forEach((route, row) -> navigate(route, row.anonymous()));
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void staff() {
        MATRIX.forEach((route, row) -> navigate(route, row.staff()));
    }

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void admin() {
        MATRIX.forEach((route, row) -> navigate(route, row.admin()));
    }
}
