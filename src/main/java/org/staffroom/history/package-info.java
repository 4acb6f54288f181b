/**
 * The history of staff and subject groups: who changed what, when, and from where. Hibernate
 * Envers writes it as the entities change; {@link org.staffroom.history.EntityHistory} reads it
 * back as entries with old and new values, and writes the entries of set-based changes that
 * Envers cannot see. The features own their entities and say which fields their entries show.
 */
package org.staffroom.history;
