package dev.reckon.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure was true or observed (a figure's {@code as_of}): a day, a month or a year, kept as
 * precise as it was written. Prices and estimates change; this is how a figure can be found by age.
 *
 * @param text  as written, e.g. {@code 2025-06-01}, {@code 2025-06} or {@code 2024}
 * @param first the first day the text can mean
 * @param last  the last day it can mean (the same day for a full date)
 */
public record FigureDate(String text, LocalDate first, LocalDate last) implements Comparable<FigureDate> {
    private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    /** Years outside this are typing slips, not dates a figure was observed. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;
    static final String HINT = "write the date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-06-01";

    /** The date, or empty when {@code text} is not an ISO date (or month, or year) of the calendar. */
    public static Optional<FigureDate> parse(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            if (m.group(2) == null) {
                return Optional.of(new FigureDate(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new FigureDate(t, month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new FigureDate(t, day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the figure is surely older than {@code months} months on {@code today}: even the
     * last day its date can mean lies more than that before today. A figure dated {@code 2024} is
     * therefore older than 12 months only from 2026-01-01 on; one dated {@code 2024-06-15}, from
     * 2025-06-16 on.
     */
    public boolean olderThan(int months, LocalDate today) {
        return last.plusMonths(months).isBefore(today);
    }

    /** Whole months from the last day this date can mean to {@code today}, never negative. */
    public long monthsBefore(LocalDate today) {
        return Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(last, today));
    }

    @Override
    public int compareTo(FigureDate o) {
        int c = last.compareTo(o.last);
        return c != 0 ? c : first.compareTo(o.first);
    }

    @Override
    public String toString() {
        return text;
    }
}
