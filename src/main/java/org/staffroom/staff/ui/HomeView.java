package org.staffroom.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SecurityEventService;
import org.staffroom.security.ui.RecentSignIns;
import org.staffroom.staff.StaffService;

@Route("")
@Menu(order = 0, title = "staff.home.menu", icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    final H1 greeting = new H1();

    final RecentSignIns recentSignIns;

    HomeView(CurrentUser currentUser, StaffService staffService, SecurityEventService securityEvents) {
        addClassName("home-view");
        greeting.setText(getTranslation("staff.home.greeting", currentUser.displayName()));
        var details = new Paragraph();
        staffService.ownEntry().ifPresent(entry -> details.setText(getTranslation("staff.home.signed-in-as",
                entry.email(), entry.subjectGroup() == null ? getTranslation("staff.home.no-subject-group")
                        : entry.subjectGroup())));
        recentSignIns = new RecentSignIns(securityEvents);
        add(greeting, details, recentSignIns);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.page-title");
    }
}
