package org.staffroom.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.staffroom.security.CurrentUser;
import org.staffroom.staff.StaffService;

@Route("")
@PageTitle("Home · Staffroom")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

    final H1 greeting = new H1();

    HomeView(CurrentUser currentUser, StaffService staffService) {
        addClassName("home-view");
        greeting.setText("Welcome, " + currentUser.displayName());
        var details = new Paragraph();
        staffService.findByEmail(currentUser.email()).ifPresent(staff -> details.setText(
                "Signed in as " + staff.getEmail() + " · "
                        + (staff.getSubjectGroup() == null ? "no subject group" : staff.getSubjectGroup().getName())));
        add(greeting, details);
    }
}
