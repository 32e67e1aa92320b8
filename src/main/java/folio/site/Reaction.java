package folio.site;

import java.util.List;

/**
 * What an actor said, when, about what ({@code subject}) and with which stance on the plan
 * ({@link Stance#NONE} when the subject is a related matter). {@code quote} may be null;
 * {@code themes} are the themes of the provisions it concerns, in theme order.
 */
public record Reaction(String id, Actor actor, String role, PartialDate date, Subject subject, Stance stance, Markup summaryHtml,
                       Quote quote, List<Provision> provisions, List<Theme> themes, List<Source> sources, String url,
                       Origin origin) {
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

    /** An exact, sourced quote. */
    public record Quote(String text, Source source) {
        // An entry is itself (package-info): not compared field by field.
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }

        /**
         * Whether a page in {@code pageLanguage} shows this quote in our translation: its source gives the words in
         * another language. Tags are compared by primary subtag, so an en-GB report quoted on an English page is not.
         */
        public boolean translatedFor(String pageLanguage) {
            return !LanguageTag.primary(source.languageCode()).equals(LanguageTag.primary(pageLanguage));
        }
    }

    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }

    /** True when it responds to the plan, a version or a point: only then is its stance a stance on the plan. */
    public boolean onPlan() {
        return subject.onPlan();
    }
}
