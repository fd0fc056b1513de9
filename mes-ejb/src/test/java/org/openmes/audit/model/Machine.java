package org.openmes.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openmes.common.persistence.AuditedEntity;

/** An entity with one of every kind of mapping the audit trail records, and some it leaves out. */
@Entity
class Machine extends AuditedEntity {
    /** Static: not a column. */
    static final int SPEED_UNIT_DIGITS = 1;

    enum Status {
        RUNNING, STOPPED;

        @Override
        public String toString() {
            return "shown as " + name().toLowerCase(Locale.ROOT);
        }
    }

    record SerialNumber(String value) {
    }

    @Embeddable
    static class Limits {
        @Column(name = "min_speed")
        BigDecimal min;
        @Column(name = "max_speed")
        BigDecimal max;

        Limits() {
        }

        Limits(String min, String max) {
            this.min = new BigDecimal(min);
            this.max = new BigDecimal(max);
        }
    }

    @Id
    Long id;
    String name;
    BigDecimal speed;
    Status status = Status.STOPPED;
    SerialNumber serial;
    OffsetDateTime commissionedAt;
    boolean active = true;
    int shifts;
    @Embedded
    Limits limits;
    @ManyToOne(fetch = FetchType.LAZY)
    Machine line;
    @OneToMany(mappedBy = "line")
    List<Machine> stations = new ArrayList<>();
    @Transient
    String shownName;
    transient int lookups;

    Machine(long id, String name) {
        this.id = id;
        this.name = name;
    }

    Machine getLine() {
        return line;
    }
}
