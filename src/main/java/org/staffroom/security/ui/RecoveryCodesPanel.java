package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.staffroom.base.ui.Notifications;

/** Ten new recovery codes, shown this once: to read, copy or download. */
class RecoveryCodesPanel extends Div {

    final OrderedList list = new OrderedList();
    final Button copy = new Button();
    final Anchor download;

    RecoveryCodesPanel(List<String> codes) {
        addClassName("recovery-codes");
        var warning = new Paragraph(getTranslation("security.mfa.recovery-codes.explanation"));
        warning.getElement().setAttribute("role", "status");
        codes.forEach(code -> list.add(new ListItem(code)));
        list.addClassName("recovery-code-list");
        String text = String.join("\n", codes) + "\n";
        copy.setText(getTranslation("security.mfa.recovery-codes.copy"));
        copy.setIcon(new Icon(VaadinIcon.COPY));
        copy.addClickListener(click -> copy.getElement().executeJs("return navigator.clipboard.writeText($0)", text)
                .then(done -> Notifications.success(getTranslation("security.mfa.recovery-codes.copied")),
                        failed -> Notifications.error(getTranslation("security.mfa.recovery-codes.copy-failed"))));
        String fileName = getTranslation("security.mfa.recovery-codes.file-name");
        DownloadHandler file = event -> {
            event.setFileName(fileName);
            event.setContentType("text/plain; charset=UTF-8");
            event.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
        download = new Anchor(file, "");
        download.add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("security.mfa.recovery-codes.download")));
        download.getElement().setAttribute("download", true);
        download.addClassName("download-link");
        var actions = new HorizontalLayout(copy, download);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(warning, list, actions);
    }
}
