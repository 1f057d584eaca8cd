package dev.reckon.calc;

/**
 * Where character 0 of a snippet sits in its source file, so engine errors point at the author's text
 * rather than at an offset inside an extracted string.
 *
 * @param line     1-based line of the snippet's first character
 * @param column   1-based column of the snippet's first character
 * @param lineText the full source line containing that character, shown under the error with a caret
 */
public record Origin(String file, int line, int column, String lineText) {

    public Origin {
        if (file == null) {
            file = "<input>";
        }
        if (line < 1) {
            line = 1;
        }
        if (column < 1) {
            column = 1;
        }
    }

    public static Origin of(String file, int line, int column, String lineText) {
        return new Origin(file, line, column, lineText);
    }

    /** For text that has no file, e.g. an expression typed at the command line. */
    public static Origin inline(String text) {
        return new Origin("<input>", 1, 1, text);
    }

    /**
     * The origin of line {@code k} (0-based) of a block whose first line is this origin. Block lines share
     * the first line's indentation (a list item or quote prefix), so that prefix is reused for the caret line.
     */
    public Origin lineOfBlock(int k, String blockLine) {
        if (k == 0 && lineText != null) {
            return this;
        }
        String prefix = "";
        if (lineText != null && column > 1) {
            prefix = lineText.substring(0, Math.min(column - 1, lineText.length()));
        }
        return new Origin(file, line + k, column, prefix + blockLine);
    }
}
