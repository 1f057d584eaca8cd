package dev.reckon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServeCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"99999", "-1", "65536"})
    void aPortOutOfRangeIsAUsageError(String port) {
        Cli r = Cli.run("serve", "--port", port);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --port must be between 0 and 65535 (0 picks a free one), not " + port), r.err());
    }
}
