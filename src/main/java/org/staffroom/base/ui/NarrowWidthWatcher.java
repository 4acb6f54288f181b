package org.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Tells the server when a component becomes narrower or wider than a line, and only then:
 * the browser watches the width, so resizing costs no round trip. The component's own width
 * counts, not the window's (with the drawer open a wide window can still leave it narrow).
 */
public final class NarrowWidthWatcher {

    private static final String EVENT = "staffroom-narrow";

    private NarrowWidthWatcher() {
    }

    /** Calls {@code onChange} with {@code true} once narrower than {@code narrowBelowPx}, {@code false} once not. */
    public static void watch(Component component, int narrowBelowPx, SerializableConsumer<Boolean> onChange) {
        component.getElement().addEventListener(EVENT,
                        change -> onChange.accept(change.getEventData().get("event.detail").asBoolean()))
                .addEventData("event.detail");
        component.addAttachListener(attach -> component.getElement().executeJs("""
                const watched = this;
                watched.narrowObserver?.disconnect(); // attached again: one observer is enough
                let narrow = null;
                watched.narrowObserver = new ResizeObserver(() => {
                  if (watched.clientWidth === 0) return; // detached or hidden: nothing to fit
                  const now = watched.clientWidth < $0;
                  if (now !== narrow) {
                    narrow = now;
                    watched.dispatchEvent(new CustomEvent($1, {detail: now}));
                  }
                });
                watched.narrowObserver.observe(watched);""", narrowBelowPx, EVENT));
    }
}
