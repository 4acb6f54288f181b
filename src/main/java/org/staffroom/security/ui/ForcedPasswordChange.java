package org.staffroom.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.staffroom.security.CurrentUser;
import org.staffroom.staff.StaffService;

/** Sends a person who must change their password to that screen from every route. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final StaffService staffService;

    ForcedPasswordChange(CurrentUser currentUser, StaffService staffService) {
        this.currentUser = currentUser;
        this.staffService = staffService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == MustChangePasswordView.class || target == LoginView.class || !currentUser.isSignedIn()) {
            return;
        }
        if (staffService.mustChangePassword(currentUser.email())) {
            event.rerouteTo(MustChangePasswordView.class);
        }
    }
}
