package org.openmes.orders.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.openmes.common.persistence.AuditedEntity;

/**
 * Base of the order records: ids come from one sequence in blocks of 50, so that the many rows one approval or
 * split writes (orders, lines, operations, batches) go to the database in JDBC batches, which identity columns
 * would prevent (the provider would need each id back before the next insert).
 */
@MappedSuperclass
public abstract class OrdersEntity extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "orders_id", sequenceName = "orders_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_id")
    private Long id;

    public Long getId() {
        return id;
    }
}
