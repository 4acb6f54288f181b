package org.staffroom.base.domain;

import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The one place where database conflicts become the fixed messages people see: a
 * violated unique key becomes {@link DuplicateValueException}, a moved or vanished
 * {@code @Version} becomes {@link StaleEditException}. The database decides, so races
 * between two people end the same way as a plain duplicate.
 *
 * @param uniqueKey the name of the unique key that guards the entity's natural key
 * @param duplicateMessageKey the translation key of what a person is told when that key refuses a value
 * @param staleMessageKey the translation key of what a person is told when someone else changed or
 *     deleted the record
 */
public record ConflictMessages(String uniqueKey, String duplicateMessageKey, String staleMessageKey) {

    /** The record as read, if nobody changed or deleted it since {@code version} was read. */
    public <T extends AbstractEntity> T current(Optional<T> found, long version) {
        T entity = found.orElseThrow(this::staleEdit);
        if (entity.getVersion() != version) {
            throw staleEdit();
        }
        return entity;
    }

    public <T extends AbstractEntity> T saveAndFlush(JpaRepository<T, Long> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            if (DuplicateValueException.isViolationOf(e, uniqueKey)) {
                throw new DuplicateValueException(duplicateMessageKey, e);
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw staleEdit();
        }
    }

    public StaleEditException staleEdit() {
        return new StaleEditException(staleMessageKey);
    }
}
