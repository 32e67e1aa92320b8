package folio.site;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How one language writes dates, from the JDK's locale data: {@code day} formats a day
 * ("20 листопада 2025 р."), months alone take the standalone (nominative) form ("листопад 2025"),
 * {@code approximate} goes before an approximate date. {@link #ENGLISH} is the fixed English
 * style ("20 November 2025", "about 2025"), never the machine's locale.
 */
public record DateStyle(Locale locale, DateTimeFormatter day, String approximate) {
    public static final DateStyle ENGLISH = new DateStyle(Locale.ENGLISH, null, "about");

    /** The style for {@code language}: {@code pattern} (a DateTimeFormatter pattern) or the locale's long date. */
    public static DateStyle of(String language, String pattern, String approximate) {
        Locale locale = Locale.forLanguageTag(language);
        if (pattern == null && language.equals("en")) {
            return approximate == null ? ENGLISH : new DateStyle(locale, null, approximate);
        }
        DateTimeFormatter day = pattern == null ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                : DateTimeFormatter.ofPattern(pattern, locale);
        return new DateStyle(locale, day, approximate == null ? (language.equals("en") ? "about" : "~") : approximate);
    }

    boolean english() {
        return day == null;
    }
}
