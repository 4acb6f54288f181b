package org.staffroom.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.staffroom.security.AuditLog;
import org.staffroom.security.SecurityLog;

/** Shown to a signed-in person who opens a page their role does not allow. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    final H1 title = new H1(getTranslation("app.access-denied.title"));

    private final SecurityLog securityLog;

    public AccessDeniedView(SecurityLog securityLog) {
        this.securityLog = securityLog;
        addClassName("access-denied-view");
        add(title, new Paragraph(getTranslation("app.access-denied.text")),
                new Anchor("", getTranslation("app.access-denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        securityLog.event("access-refused").outcome("denied").user(AuditLog.actor(), null)
                .with("path", event.getLocation().getPath()).warn();
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.access-denied.page-title");
    }
}
