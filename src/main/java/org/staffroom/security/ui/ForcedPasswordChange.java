package org.staffroom.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.staffroom.security.AccountStore;
import org.staffroom.security.CurrentUser;

/** Sends a person who must change their password to that screen from every route. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountStore accounts;

    ForcedPasswordChange(CurrentUser currentUser, AccountStore accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
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
        if (accounts.mustChangePassword(currentUser.accountId())) {
            event.rerouteTo(MustChangePasswordView.class);
        }
    }
}
