package org.staffroom.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change, as Envers records it: when, by whom, from where, on what occasion.
 * Fields are declared here rather than inherited, because Envers 7's default revision entity
 * is final and its mapped superclass would want a sequence, which MariaDB's auto-increment
 * does better.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthor.class)
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private Long number;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 121)
    private String actorName;

    @Column(length = 45)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Occasion occasion;

    Long getNumber() {
        return number;
    }

    long getTimestamp() {
        return timestamp;
    }

    Long getActorId() {
        return actorId;
    }

    String getActorName() {
        return actorName;
    }

    String getAddress() {
        return address;
    }

    Occasion getOccasion() {
        return occasion;
    }

    /** Set-based changes say why they were made (a group deleted); a plain edit stays {@link Occasion#EDIT}. */
    void markAs(Occasion occasion) {
        this.occasion = occasion;
    }

    void stamp(Long actorId, String actorName, String address, Occasion occasion) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.address = address;
        this.occasion = occasion;
    }
}
