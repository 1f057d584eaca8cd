package dev.reckon.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertEquals(1, DidYouMean.distance("recrods", "records"));
        assertEquals(Optional.of("records"), DidYouMean.closest("recrods", List.of("kind", "records")));
    }

    @Test
    void shortWordsGetOneEditLongerOnesMore() {
        assertEquals(Optional.of("name"), DidYouMean.closest("nme", List.of("name")));
        assertEquals(Optional.empty(), DidYouMean.closest("nm", List.of("name")), "two edits on a two-letter word is a guess");
        assertEquals(Optional.of("bandwidth"), DidYouMean.closest("bandwdth_x", List.of("bandwidth")));
    }

    @Test
    void aPrefixOfAKnownNameIsClose() {
        assertEquals(Optional.of("h200_sxm"), DidYouMean.closest("h200", List.of("h200_sxm", "mi300x")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWhateverTheOrder() {
        assertEquals(Optional.of("cat"), DidYouMean.closest("bat", List.of("rat", "cat")));
        assertEquals(Optional.of("cat"), DidYouMean.closest("bat", List.of("cat", "rat")));
    }

    @Test
    void caseAloneIsNoDistanceAndTheHintFallsBack() {
        assertEquals("did you mean 'TFLOP'?", DidYouMean.hint("tflop", List.of("TFLOP", "GFLOP"), "none"));
        assertEquals("none", DidYouMean.hint("zzzz", List.of("TFLOP"), "none"));
    }
}
