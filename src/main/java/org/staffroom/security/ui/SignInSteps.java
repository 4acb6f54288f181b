package org.staffroom.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.staffroom.security.AccountStore;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SignInStep;

/**
 * Sends a person whose sign-in is not finished to the step that is left, from every route:
 * first the second factor, then a password set by someone else, then setting up a second
 * factor where the policy asks for one. Nothing else opens until they are done or sign out.
 */
@Component
class SignInSteps implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountStore accounts;

    SignInSteps(CurrentUser currentUser, AccountStore accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class || !currentUser.isSignedIn()) {
            return;
        }
        SignInStep step = currentUser.signInStep();
        Class<?> next;
        if (step == SignInStep.VERIFY_SECOND_FACTOR) {
            next = VerifySecondFactorView.class;
        } else if (accounts.mustChangePassword(currentUser.accountId())) {
            next = MustChangePasswordView.class;
        } else if (step == SignInStep.ENROL_SECOND_FACTOR) {
            next = SecondFactorSetupView.class;
        } else {
            return;
        }
        if (event.getNavigationTarget() != next) {
            event.rerouteTo(next.asSubclass(com.vaadin.flow.component.Component.class));
        }
    }
}
