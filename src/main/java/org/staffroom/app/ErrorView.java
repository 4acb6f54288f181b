package org.staffroom.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when opening a page fails unexpectedly, in place of Vaadin's default
 * page, which would print the exception's text (driver messages, hosts, ports). The page
 * gives a reference; the log has the exception under the same reference. It stands alone,
 * without the app frame, because the frame itself may be what failed.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph text = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        add(new H1(getTranslation("app.error.title")), text,
                new Paragraph(getTranslation("app.error.advice")), new Anchor("", getTranslation("app.error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Unexpected error opening '{}', reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        text.setText(getTranslation("app.error.reference", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.error.page-title");
    }
}
