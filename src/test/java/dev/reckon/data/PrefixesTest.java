package dev.reckon.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrefixesTest {
    @Test
    void decimalBinaryAndSmallPrefixes() {
        assertEquals(1, Prefixes.factor(""));
        assertEquals(1e12, Prefixes.factor("T"));
        assertEquals(1L << 30, Prefixes.factor("Gi"));
        assertEquals(1e-6, Prefixes.factor("µ"));
        assertEquals(Prefixes.factor("µ"), Prefixes.factor("u"));
        assertThrows(IllegalArgumentException.class, () -> Prefixes.factor("Q"));
    }
}
