package org.staffroom.subjectgroup;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SubjectGroupService {

    private final SubjectGroupRepository repository;

    SubjectGroupService(SubjectGroupRepository repository) {
        this.repository = repository;
    }

    public List<SubjectGroup> findAll() {
        return repository.findAll(Sort.by("name"));
    }

    public long count() {
        return repository.count();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SubjectGroup create(String name) {
        return repository.saveAndFlush(new SubjectGroup(name));
    }
}
