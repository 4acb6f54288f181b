package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Signs in with a passkey; on success the browser goes where sign-in leads. What went wrong
 * goes to {@code onFailure} in the person's words, and whether the browser can use passkeys
 * at all to {@code onSupported}, once it is known.
 */
class PasskeySignInButton extends Button {

    PasskeySignInButton(String textKey, SerializableConsumer<String> onFailure,
            SerializableConsumer<Boolean> onSupported) {
        setText(getTranslation(textKey));
        setIcon(new Icon(VaadinIcon.KEY));
        addClassName("passkey-sign-in");
        addClickListener(click -> PasskeyBrowser.signIn(this, true, outcome -> {
            if (outcome != PasskeyBrowser.Outcome.SIGNED_IN) {
                onFailure.accept(getTranslation(switch (outcome) {
                    case CANCELLED -> "security.passkeys.cancelled";
                    case UNSUPPORTED -> "security.login.passkey.unsupported";
                    default -> "security.login.passkey.failed";
                }));
            }
        }));
        PasskeyBrowser.whenKnownIfSupported(this, onSupported);
    }
}
