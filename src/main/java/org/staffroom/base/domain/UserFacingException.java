package org.staffroom.base.domain;

/**
 * A refusal a person reads. Services never translate: the exception carries the translation
 * key of what the person is told and the key's arguments, and the view translates them in
 * the person's language.
 */
public abstract class UserFacingException extends RuntimeException {

    private final transient Object[] arguments;

    protected UserFacingException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.arguments = arguments.clone();
    }

    /** The translation key of what the person is told. */
    public String messageKey() {
        return getMessage();
    }

    /** The arguments of {@link #messageKey()}, empty when it takes none. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
