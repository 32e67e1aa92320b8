package folio.site;

import folio.content.Keyword;
import java.util.List;

/**
 * A chart of figures (content/data/charts.yaml): a title, a caption, the headings of its label and
 * value columns, and its rows in file order, one bar each. Its ids on a page start with {@code id}
 * (the caption is {@code <id>-cap}).
 */
public record Chart(String id, String title, String caption, List<String> columns, List<Row> rows) {

    /**
     * One bar. {@code value} is the number as written; {@code text} how it reads ("about 880,000");
     * {@code share} the bar's length, in per cent of the chart's largest value ("88"), for a theme
     * to draw without inline styles; {@code provision} the point it concerns (nullable);
     * {@code highlight} primary, secondary or null, for a theme to set a bar apart.
     */
    public record Row(String id, String label, String value, String text, String share, Provision provision,
                      List<Source> sources, Highlight highlight) {}

    /** How a bar is set apart; prints as its id ({@code primary}). */
    public enum Highlight implements Keyword {
        PRIMARY, SECONDARY;

        @Override
        public String toString() {
            return id();
        }
    }
}
