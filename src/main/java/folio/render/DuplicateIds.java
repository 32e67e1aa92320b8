package folio.render;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.Markup;
import folio.site.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An id may appear once on a rendered page: with two, a link to it lands on the first, and the
 * page is not valid HTML. Headings of one text get distinct anchors (checked at parse), so a
 * repeat comes from a template (an id written twice, or one that a heading's anchor also is) or
 * from two texts shown on one page whose headings have one anchor (a page's text and a data
 * file's, or two entries'), or from footnotes ({@code fn-label}, {@code fnref-label}) of a text shown
 * twice or of two texts with one label. Reported once for all the pages it is on: at the later heading
 * (or footnote) when headings (or footnotes) made it, else at the template line that writes the id.
 */
final class DuplicateIds {
    private final Project project;
    /** By where it is reported and id: the repeat, with the pages (by output path) it is on. */
    private final Map<String, Repeat> found = new ConcurrentHashMap<>();
    /** Where a text's heading with an id is written (a text is parsed again to find it), by text and id: a text is on many pages. */
    private final Map<IdInText, Optional<SourcePosition>> headingPositions = new ConcurrentHashMap<>();

    /** Where a text's footnote that gives a page an id is defined, by text and id, as {@link #headingPositions}. */
    private final Map<IdInText, Optional<folio.content.FootnotePlace>> footnotes = new ConcurrentHashMap<>();

    /** A text (by identity: two parts of one text are two) and an id one of its headings or footnotes may give. */
    private record IdInText(Markup text, String id) {}

    /**
     * {@code headings}: where the headings with the id are written, in the order the page shows
     * them (distinct); {@code shownTwice}: one of them is shown twice (its text is); {@code labels}: when
     * the headings are footnotes' definitions, the label of each, else null.
     */
    private record Repeat(String template, String id, List<SourcePosition> headings, boolean shownTwice,
                          Map<String, Page> pages, List<String> labels) {
        Repeat(String template, String id, List<SourcePosition> headings, boolean shownTwice, Map<String, Page> pages) {
            this(template, id, headings, shownTwice, pages, null);
        }
    }

    DuplicateIds(Project project) {
        this.project = project;
    }

    /** Thread-safe. {@code texts}: the texts whose headings the page shows, in order ({@link MarkupHtml#textsWithIds}). */
    void add(Page page, String template, String id, List<Markup> texts) {
        List<SourcePosition> headings = new ArrayList<>();
        boolean shownTwice = false;
        for (Markup text : texts) {
            SourcePosition at = text.hasHeading(id)
                    ? headingPositions.computeIfAbsent(new IdInText(text, id), key -> text.headingPosition(id)).orElse(null) : null;
            if (at != null && headings.contains(at)) {
                shownTwice = true; // one heading twice: its text (or a part of it) is shown twice
            } else if (at != null) {
                headings.add(at);
            }
        }
        if (headings.isEmpty() && addFootnotes(page, template, id, texts)) {
            return;
        }
        if (headings.size() < 2) {
            record(template + "\n" + (headings.isEmpty() ? "" : headings.get(0)) + "\n" + id, new Repeat(template, id, List.copyOf(headings), shownTwice, new TreeMap<>()), page);
            return;
        }
        // Each later heading against the first: the page calls this once per repeat, with every text it shows.
        for (int later = 1; later < headings.size(); later++) {
            List<SourcePosition> pair = List.of(headings.get(0), headings.get(later));
            record(pair.get(1) + "\n" + pair.get(0) + "\n" + id, new Repeat(template, id, pair, false, new TreeMap<>()), page);
        }
    }

    /**
     * Records {@code id} as a footnote's when no heading gives it: a text with that footnote shown twice, or two
     * texts with footnotes of one label. Keyed by the footnote, so its {@code fn-} and {@code fnref-} ids are told
     * once. False when no footnote of the page's texts gives it.
     */
    private boolean addFootnotes(Page page, String template, String id, List<Markup> texts) {
        List<SourcePosition> defined = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean shownTwice = false;
        for (Markup text : texts) {
            folio.content.FootnotePlace footnote = !text.footnotes() ? null
                    : footnotes.computeIfAbsent(new IdInText(text, id), key -> text.footnote(id)).orElse(null);
            if (footnote != null && defined.contains(footnote.at())) {
                shownTwice = true;
            } else if (footnote != null) {
                defined.add(footnote.at());
                labels.add(footnote.label());
            }
        }
        if (defined.size() == 1 && shownTwice) {
            record(template + "\nfootnote\n" + defined.get(0), new Repeat(template, id, defined, true, new TreeMap<>(), labels), page);
        }
        for (int later = 1; later < defined.size(); later++) {
            List<SourcePosition> pair = List.of(defined.get(0), defined.get(later));
            record("footnote\n" + pair.get(1) + "\n" + pair.get(0), new Repeat(template, id, pair, false, new TreeMap<>(),
                    List.of(labels.get(0), labels.get(later))), page);
        }
        return defined.size() > 1 || shownTwice;
    }

    private void record(String key, Repeat repeat, Page page) {
        Repeat kept = found.computeIfAbsent(key, k -> repeat);
        synchronized (kept.pages()) {
            kept.pages().put(page.output(), page);
        }
    }

    void report(Diagnostics diagnostics) {
        found.values().forEach(repeat -> report(repeat, diagnostics));
    }

    private void report(Repeat repeat, Diagnostics diagnostics) {
        String id = repeat.id();
        Page first = repeat.pages().values().iterator().next();
        int others = repeat.pages().size() - 1;
        String onPage = "on the page for " + first.sourcePath()
                + (others > 0 ? " (and " + others + " other page" + (others == 1 ? "" : "s") + ")" : "");
        String ownAnchor = "give this heading an anchor of its own by ending it with {#another-id}, or reword it";
        List<SourcePosition> headings = repeat.headings();
        if (repeat.labels() != null) {
            reportFootnote(repeat, onPage, diagnostics);
            return;
        }
        if (headings.size() >= 2) {
            SourcePosition earlier = headings.get(0);
            diagnostics.error(headings.get(headings.size() - 1), "this heading's anchor is '#" + id + "', which the heading at "
                    + earlier + " also has, and the two texts are shown together " + onPage + ": a link to #" + id
                    + " lands on the first, and the page is not valid HTML; " + ownAnchor);
            return;
        }
        SourcePosition written = TemplateSearch.find(project, repeat.template(), "id=\"" + id + "\"");
        if (headings.size() == 1 && written.line() == 0) {
            // The id is not written literally: the text is shown twice, or another element's id is made
            // (from a variable, or a footnote's by the Markdown renderer).
            diagnostics.error(headings.get(0), "this heading's anchor '#" + id + "' appears more than once " + onPage + ": "
                    + (repeat.shownTwice() ? "the layout " + written.path() + " shows this text twice" : otherElement(repeat, id))
                    + ", so a link to #" + id + " lands on the first, and the page is not valid HTML; "
                    + (repeat.shownTwice() ? "show the text once in the layout" : ownAnchor));
            return;
        }
        SourcePosition at = written.line() > 0 ? written : TemplateSearch.find(project, repeat.template(), "id=\"");
        String hint = !headings.isEmpty() ? "the heading at " + headings.get(0) + " has the anchor '#" + id + "' too: "
                + "rename the heading or the template's id"
                : first.contentHtml() != null && first.contentHtml().hasHeading(id)
                ? "a heading in " + first.sourcePath() + " has the anchor '#" + id + "' too: rename the heading or the "
                        + "template's id"
                : "write it once, or give each element its own id";
        diagnostics.error(at, "id '" + id + "' appears more than once " + onPage
                + ": links to #" + id + " land on the first, and the page is not valid HTML; " + hint);
    }

    /**
     * A footnote's ids repeated: its text is shown twice, or another text shown with it has a footnote of that label, or
     * of a label {@code [^note-2]} whose {@code fnref-note-2} the other's {@code [^note]} gives where it is cited again.
     */
    private void reportFootnote(Repeat repeat, String onPage, Diagnostics diagnostics) {
        String label = repeat.labels().get(repeat.labels().size() - 1);
        String earlierLabel = repeat.labels().get(0);
        List<SourcePosition> defined = repeat.headings();
        String ids = "this footnote [^" + label + "] gives the page the ids 'fn-" + label + "' and 'fnref-" + label + "'";
        String lands = "a link to #fn-" + label + " lands on the first, and the page is not valid HTML; ";
        if (repeat.shownTwice()) {
            diagnostics.error(defined.get(0), ids + ", and the layout " + project.display(project.templates()
                    .resolve(repeat.template() + ".peb")) + " shows this text twice, so they appear more than once "
                    + onPage + ": " + lands + "show the text once in the layout");
            return;
        }
        if (!earlierLabel.equals(label)) {
            ids = "this footnote [^" + label + "] gives the page the id '" + repeat.id() + "'";
            lands = "a link to #" + repeat.id() + " lands on the first, and the page is not valid HTML; ";
        }
        // Not label-2: a footnote [^label] cited twice gives its second citation fnref-label-2.
        diagnostics.error(defined.get(1), ids + ", which the footnote " + (earlierLabel.equals(label) ? "" : "[^" + earlierLabel
                + "] ") + "at " + defined.get(0) + " also gives" + (earlierLabel.equals(label) ? "" : " (to a later place it is cited)")
                + ", and the two texts are shown together " + onPage + ": " + lands + "give this footnote a label of its own, like [^"
                + label + "-b], here and where it is cited");
    }

    /** What else on the page has the id, when no template writes it literally. */
    private String otherElement(Repeat repeat, String id) {
        if (id.startsWith("fn-") || id.startsWith("fnref-")) {
            return "a footnote on the page may have the id '" + id + "' too (the Markdown renderer names a footnote [^label] "
                    + "fn-label and the place it is cited fnref-label)";
        }
        // An id made from a variable starts with what is written before the {{ (id="point-{{ p.number }}").
        SourcePosition variable = null;
        for (int literal = id.length(); literal >= 0 && (variable == null || variable.line() == 0); literal--) {
            variable = TemplateSearch.find(project, repeat.template(), "id=\"" + id.substring(0, literal) + "{{");
        }
        return "another element has the id '" + id + "' too, perhaps one the layout writes from a variable"
                + (variable.line() > 0 ? " (as at " + variable + ")" : " (like id=\"point-{{ p.number }}\", in "
                + variable.path() + " or a template it includes)");
    }
}
