package org.staffroom.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/** axe-core's WCAG 2.1 A/AA rules on what a page shows now. */
final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The serious and critical violations, as "rule xN", printed under {@code view}'s name. */
    static List<String> seriousViolations(Page page, String view) {
        // Vaadin sets the title once the view is rendered; scanning earlier would flag it.
        page.waitForFunction("() => document.title.length > 0");
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(rule.getId() + " x" + rule.getNodes().size());
                // Where, so that a failure says what to fix.
                rule.getNodes().forEach(node -> System.out.printf("    %s at %s: %s%n", rule.getId(), node.getTarget(),
                        node.getHtml().length() > 160 ? node.getHtml().substring(0, 160) : node.getHtml()));
            }
        }
        System.out.printf("axe %-34s %d serious/critical %s%n", view, found.size(), found);
        return found;
    }
}
