package folio.site;

/**
 * The few words the site model writes itself, in one language: a point's label as a name
 * ({@code label}, "Point 21": headings, lists, page titles) and inside a sentence
 * ({@code inText}, "point 21": a {@code [[provision:21]]} reference without words of its own).
 * Each is a pattern with {@code {n}} for the number, from the theme's interface strings
 * ({@code provision.label}, {@code provision.in-text} in templates/i18n/LANGUAGE.yaml).
 */
public record PointWords(String label, String inText) {
    /** A theme without those strings: English. */
    public static final PointWords ENGLISH = new PointWords("Point {n}", "point {n}");

    /** "Point 21". */
    public String point(int number) {
        return label.replace("{n}", String.valueOf(number));
    }

    /** "point 21". */
    public String pointInText(int number) {
        return inText.replace("{n}", String.valueOf(number));
    }
}
