package folio.render;

/**
 * One language's marks: {@code open}/{@code close} for a quotation, {@code innerOpen}/{@code innerClose}
 * for one inside it (and, in English-like languages, for one typed with single quotes), the apostrophe.
 * {@code singleByLevel}: a single quote typed marks a quotation by its level, as a double does (Ukrainian
 * has no single-quote form).
 */
record QuoteMarks(char open, char close, char innerOpen, char innerClose, char apostrophe, boolean singleByLevel) {
    static final QuoteMarks ENGLISH = new QuoteMarks('\u201C', '\u201D', '\u2018', '\u2019', '\u2019', false);
    /** UKRAINIAN.md: «…», nested „…“, and ʼ (U+02BC) as the one apostrophe. */
    static final QuoteMarks UKRAINIAN = new QuoteMarks('\u00AB', '\u00BB', '\u201E', '\u201C', '\u02BC', true);

    /** The marks of a language (a BCP 47 tag); English's for one not listed. */
    static QuoteMarks of(String language) {
        String code = language == null ? "" : language.length() > 2 && language.charAt(2) == '-' ? language.substring(0, 2) : language;
        return switch (code) {
            case "uk" -> UKRAINIAN;
            case "ru", "be" -> new QuoteMarks('\u00AB', '\u00BB', '\u201E', '\u201C', '\u2019', true);
            case "de", "cs", "sk", "lt", "lv", "et", "bg" -> new QuoteMarks('\u201E', '\u201C', '\u201A', '\u2018', '\u2019', false);
            case "pl", "ro", "hu", "hr", "sr" -> new QuoteMarks('\u201E', '\u201D', '\u00AB', '\u00BB', '\u2019', false);
            case "fr", "it", "es", "pt", "ar", "el", "tr" -> new QuoteMarks('\u00AB', '\u00BB', '\u201C', '\u201D', '\u2019', false);
            default -> ENGLISH;
        };
    }
}
