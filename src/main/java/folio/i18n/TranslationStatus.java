package folio.i18n;

import folio.diag.SourcePosition;

/**
 * How one English page or entry stands in one language.
 *
 * @param kind   "pages", "provisions" or a collection name
 * @param id     the entry's id, a provision's number, a page's content-relative path
 * @param at     the translated entry (its {@code translates:} key when stale), else the English entry
 * @param file   the translation file that holds or should hold it ({@code content/data/terms.uk.yaml})
 * @param detail what is missing ("lacks definition, aliases"), or the stamp and the hash it should be
 * @param hash   the hash of the English text now ({@link TextHash}); null when not translated
 * @param stamp  where {@code folio translations --stamp} writes {@code translates: <hash>}; null when not translated
 */
public record TranslationStatus(String language, String kind, String id, State state, SourcePosition at,
                                String file, String detail, String hash, Stamp stamp) {
    /**
     * A place for the stamp in the translation file: the 1-based {@code line} that holds
     * {@code translates:} ({@code replace}), else the line before which to insert it, indented
     * by {@code indent} spaces. {@code line} 0: no place (a flow-style entry {...}).
     */
    public record Stamp(int line, int indent, boolean replace) {}

    public enum State {
        /** Translated, and its {@code translates:} matches the English text. */
        TRANSLATED,
        /** The English text changed since the translation was stamped. */
        STALE,
        /** Translated, but never stamped with {@code folio translations --stamp}. */
        UNSTAMPED,
        /** No translation, or one that lacks some of the English texts. */
        MISSING
    }

    /** The translation file beside {@code englishPath} for {@code language}: terms.yaml, uk -> terms.uk.yaml. */
    static String fileFor(String englishPath, String language) {
        int slash = englishPath.lastIndexOf('/');
        int dot = englishPath.lastIndexOf('.');
        return dot > slash ? englishPath.substring(0, dot) + "." + language + englishPath.substring(dot)
                : englishPath + "." + language;
    }
}
