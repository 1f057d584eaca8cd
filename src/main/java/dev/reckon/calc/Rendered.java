package dev.reckon.calc;

/** A formatted value: plain Unicode text for prose ("1.62 TB") and TeX for math ("1.62\,\text{TB}"). */
public record Rendered(String text, String tex) {
}
