package dev.reckon.data;

/** How directly a figure was confirmed, as tagged in the research notes: [P], [S], [D], [U]. */
public enum Confirmation {
    PRIMARY("P", "read in a primary source"),
    SECONDARY("S", "secondary copy of a primary source"),
    DERIVED("D", "derived from sourced figures"),
    UNCONFIRMED("U", "unconfirmed");

    private final String code;
    private final String meaning;

    Confirmation(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static java.util.Optional<Confirmation> ofCode(String code) {
        for (Confirmation c : values()) {
            if (c.code.equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
