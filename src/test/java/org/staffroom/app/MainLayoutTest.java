package org.staffroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.staff.ui.HomeView;

@SpringBootTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void signedInUserSeesTheirNameTheHomeViewAndLogout() {
        navigate(HomeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome, Hana Head");
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.userMenu.userName.getText()).isEqualTo("Hana Head");
        assertThat(layout.userMenu.logout.getText()).isEqualTo("Log out");
        assertThat(layout.userMenu.changePassword.getText()).isEqualTo("Change password");
    }

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void administratorsNavigationOffersTheAdminViews() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Staff directory", "Staff", "Subject groups", "Security log");
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void staffNavigationShowsOnlyWhatStaffMayOpen() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Staff directory");
    }
}
