package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class TravelerCodeTest {

    @Test
    void aCodeReadsBackAsWhatWasPrinted() {
        assertEquals(TravelerCode.operation(42), TravelerCode.parse("code", TravelerCode.operation(42).text()));
        assertEquals(TravelerCode.batch(7), TravelerCode.parse("code", "MES-BATCH-7"));
        assertEquals("MES-OP-42", TravelerCode.operation(42).text());
    }

    @Test
    void blanksAndLowerCaseFromAScannerAreAccepted() {
        assertEquals(TravelerCode.operation(9), TravelerCode.parse("code", "  mes-op-9\t"));
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String text : new String[] {null, "", "MES-OP-", "MES-OP-0", "MES-OP-12x", "MES-JOB-1", "MES-OP-1234567890123456789"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TravelerCode.parse("code", text));
            assertEquals("code", refused.getField(), text);
            assertTrue(refused.getMessage().contains("not a traveler code"), refused.getMessage());
        }
    }
}
