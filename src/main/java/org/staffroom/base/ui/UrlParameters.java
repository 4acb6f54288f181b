package org.staffroom.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/** Reading a view's filters back from its URL. */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The first value of the parameter {@code name}, if the URL has one. */
    public static Optional<String> first(QueryParameters query, String name) {
        return Optional.ofNullable(query.getParameters().get(name)).flatMap(values -> values.stream().findFirst());
    }
}
