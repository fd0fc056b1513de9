package org.openmes.telemetry.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.it.MesIntegrationTest;
import org.openmes.it.TestEnvironment;
import org.openmes.telemetry.model.EquipmentSignal;
import org.openmes.telemetry.model.FaultSeverity;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The system-side fault catalog an event observer uses, against the database the deployed application migrated and
 * loaded with the demo plant: a FAULT_RAISED of the bagger's bit 3 is the simulator's jam.
 */
class FaultCatalogLookupIT extends MesIntegrationTest {

    @Test
    void aFaultEventOfTheDemoBaggerIsExplainedByItsCatalogAndOtherEventsAreNot() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(System.getProperty(TestEnvironment.DB_URL));
        dataSource.setUser(EmbeddedDatabase.USER);
        FaultCatalog catalog = new FaultCatalog(dataSource);
        long bagger;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select id from plant_node where code = 'P1-CASEPACKER'");
             ResultSet row = statement.executeQuery()) {
            assertTrue(row.next(), "the demo plant has the case packer");
            bagger = row.getLong(1);
        }
        Instant now = Instant.now();
        EdgeEvent jam = new EdgeEvent(bagger, EquipmentSignal.FAULT_WORD, now, EdgeEvent.Kind.FAULT_RAISED, 3,
                BigDecimal.ZERO, BigDecimal.valueOf(8), null, null);

        assertEquals(Optional.of(new FaultDefinition(bagger, 3, "JAM", "Film jam in sealing jaws", FaultSeverity.STOP,
                DowntimeCategory.UNPLANNED, AndonPriority.HIGH)), catalog.faultOf(jam));
        assertEquals(Optional.empty(), catalog.lookup(bagger, 40), "a bit the catalog does not know");
        assertEquals(Optional.empty(), catalog.faultOf(new EdgeEvent(bagger, EquipmentSignal.GOOD_COUNT, now,
                EdgeEvent.Kind.COUNT, null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(9), null)));
    }
}
