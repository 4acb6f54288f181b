package org.staffroom.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.HistoryEntry.Kind;
import org.staffroom.history.HistoryEntry.Stamp;
import org.staffroom.security.Access;

/**
 * Reads the history Envers keeps of an audited entity, newest first, one page at a time, as
 * entries with old and new values; and lets a set-based change (one UPDATE for many rows, which
 * Envers does not see) join the revision of its transaction. Administrators only, as the
 * features' services that call it.
 */
@Component
public class EntityHistory {

    /** A field the entries show: the entity's property as Envers names it, and how to read it from a snapshot. */
    public record Field<T>(String property, Function<T, Object> value) {
    }

    private final EntityManager entityManager;

    EntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The changes of one record, newest first: {@code limit} entries from {@code offset}. The
     * values are read in this transaction, so {@code fields} may follow a snapshot's relations.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN_ONLY)
    public <T> List<HistoryEntry> of(Class<T> type, long id, List<Field<T>> fields, int offset, int limit) {
        // One row more than the page: the state before the page's oldest change.
        List<?> rows = reader().createQuery().forRevisionsOfEntityWithChanges(type, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(offset).setMaxResults(limit + 1)
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Object[] row = (Object[]) rows.get(i);
            T before = i + 1 < rows.size() ? type.cast(((Object[]) rows.get(i + 1))[0]) : null;
            @SuppressWarnings("unchecked")
            Set<String> changed = (Set<String>) row[3];
            entries.add(entry(type.cast(row[0]), before, (Revision) row[1], (RevisionType) row[2], changed, fields));
        }
        return entries;
    }

    /**
     * Records that were deleted, newest deletion first, each as {@code mapper} makes it from its
     * last values and the deletion's stamp.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN_ONLY)
    public <T, R> List<R> deleted(Class<T> type, int offset, int limit, BiFunction<T, Stamp, R> mapper) {
        List<?> rows = reader().createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> mapper.apply(type.cast(row[0]), stamp((Revision) row[1]))).toList();
    }

    /** The last values of those of {@code ids} that were deleted. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN_ONLY)
    public <T> List<T> lastValuesOfDeleted(Class<T> type, Collection<Long> ids) {
        return reader().createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .getResultList().stream().map(type::cast).toList();
    }

    /**
     * The number of this transaction's revision, created now if it has none yet and marked
     * with {@code occasion}, for a set-based change to write its own rows into the audit
     * table under it. No entity it writes rows for may change in the same transaction: Envers
     * would then write the same row again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long revisionOfThisTransaction(Occasion occasion) {
        Revision revision = reader().getCurrentRevision(Revision.class, true);
        // Managed in this session, so the occasion reaches the row when the transaction flushes.
        revision.markAs(occasion);
        return revision.getNumber();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private static <T> HistoryEntry entry(T after, T before, Revision revision, RevisionType type, Set<String> changed,
            List<Field<T>> fields) {
        List<FieldChange> changes = new ArrayList<>();
        Kind kind = switch (type) {
            case ADD -> Kind.CREATED;
            case MOD -> Kind.CHANGED;
            case DEL -> Kind.DELETED;
        };
        for (Field<T> field : fields) {
            Object now = field.value().apply(after);
            switch (kind) {
                case CREATED -> {
                    if (now != null) {
                        changes.add(new FieldChange(field.property(), null, now));
                    }
                }
                case CHANGED -> {
                    if (changed.contains(field.property())) {
                        changes.add(new FieldChange(field.property(),
                                before == null ? null : field.value().apply(before), now));
                    }
                }
                case DELETED -> changes.add(new FieldChange(field.property(), now, null));
            }
        }
        return new HistoryEntry(stamp(revision), kind, changes, kind != Kind.CHANGED || before != null);
    }

    private static Stamp stamp(Revision revision) {
        return new Stamp(revision.getNumber(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getActorId(),
                revision.getActorName(), revision.getAddress(), revision.getOccasion());
    }
}
