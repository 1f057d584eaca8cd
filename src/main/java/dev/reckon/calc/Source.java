package dev.reckon.calc;

/** A snippet of author text together with where it came from. */
record Source(String text, Origin origin) {

    Pos at(int start, int end) {
        return new Pos(this, start, end);
    }

    Pos whole() {
        return new Pos(this, 0, Math.max(1, text.length()));
    }
}
