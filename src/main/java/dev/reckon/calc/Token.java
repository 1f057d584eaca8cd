package dev.reckon.calc;

record Token(Kind kind, String text, Pos pos, double number) {

    enum Kind {
        NUMBER("a number"), IDENT("a name"), PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"),
        CARET("'^'"), LPAREN("'('"), RPAREN("')'"), COMMA("','"), ARROW("'->'"), ASSIGN("'='"),
        EQ("'=='"), LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"), APPROX("'≈'"), RANGE("'..'"), EOF("end of input");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }

    String describe() {
        return switch (kind) {
            case EOF -> "end of input";
            case NUMBER, IDENT -> "'" + text + "'";
            default -> kind.description;
        };
    }
}
