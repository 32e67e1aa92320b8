package folio.site;

import java.util.List;

/** A glossary entry. The places that refer to it: {@code site.usesOf(term)}. */
public record GlossaryTerm(String id, String term, List<String> aliases, Markup definitionHtml,
                           List<Source> sources, String url, Origin origin) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** GitHub's editor on this entry's file; null without {@code repository:} in site.yaml. */
    public String editUrl() {
        return origin.editUrl();
    }

    /** This entry's file on GitHub, at its line; null without {@code repository:} in site.yaml. */
    public String sourceUrl() {
        return origin.sourceUrl();
    }
    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }

    /** The first letter for the A to Z index. */
    /**
     * Headwords in the alphabetical order of a language (the JDK's collation for {@code locale}:
     * in Ukrainian Є after Е and Ґ after Г, which code-point order puts after Я), case ignored.
     */
    public static java.util.Comparator<String> alphabetical(java.util.Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        collator.setStrength(java.text.Collator.SECONDARY);
        return java.util.Comparator.comparing((String text) -> text == null ? "" : text.strip(), collator);
    }

    public String letter() {
        return term.isEmpty() ? "#" : term.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }
}
