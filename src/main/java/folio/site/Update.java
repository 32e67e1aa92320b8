package folio.site;

import folio.content.Keyword;

/**
 * An entry of the dated log of updates and corrections. {@code url}: its anchor on the page that
 * lists the log (on the page of a paginated log that holds it), null when no page lists it.
 */
public record Update(String id, PartialDate date, Kind kind, Markup textHtml, String url) {
    /** An update adds or revises; a correction fixes a mistake readers may have relied on. */
    public enum Kind implements Keyword {
        UPDATE, CORRECTION;

        @Override
        public String toString() {
            return id();
        }
    }


    public String anchor() {
        return "update-" + id;
    }
}
