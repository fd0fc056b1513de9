package org.openmes.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class UserContactTest {
    @Test
    void blankDetailsMeanNoneAndAtLeastOneIsRequired() {
        UserContact contact = new UserContact(" ann ", " ann@plant.test ", " ");
        assertEquals("ann", contact.getPrincipalName());
        assertEquals("ann@plant.test", contact.getEmail());
        assertNull(contact.getPhone());
        assertEquals("email", assertThrows(InvalidInputException.class, () -> contact.change(null, "")).getField());
    }

    @Test
    void malformedAddressesAndNumbersAreRefusedAtTheirField() {
        assertEquals("email", assertThrows(InvalidInputException.class, () -> new UserContact("ann", "ann at plant", null)).getField());
        assertEquals("phone", assertThrows(InvalidInputException.class, () -> new UserContact("ann", null, "0171 555 12")).getField());
        assertEquals("+4917155512", new UserContact("ann", null, "+4917155512").getPhone());
    }
}
