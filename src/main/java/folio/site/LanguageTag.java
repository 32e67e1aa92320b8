package folio.site;

/**
 * The one rule for a language written in content (site.yaml's {@code language}, a source's
 * {@code language:}): a BCP 47 tag like {@code en}, {@code uk} or {@code pt-BR}. It goes into
 * {@code lang} and {@code hreflang} attributes, where anything else is invalid HTML.
 */
final class LanguageTag {
    static final String EXAMPLES = "en, uk or pt-BR";

    private LanguageTag() {}

    static boolean isTag(String text) {
        // The length first: Java's regex engine recurses once per repeated group.
        return text.length() <= 35 && text.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    }

    /** The primary language subtag, lower case ("en" for en-GB): a reader of one reads the others' words as their own. */
    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
