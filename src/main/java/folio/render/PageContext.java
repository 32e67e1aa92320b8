package folio.render;

import folio.site.GlossaryTerm;
import folio.site.Markup;
import folio.site.SitePaths;
import folio.site.SlotSet;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Scope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rendering one page needs and remembers: the path from the page to the site root, the
 * numbers its citations got ({@link CitationNumbers}), the glossary terms already explained
 * on it, the texts it read ({@link TextsRead}); what all pages of its language share is its
 * {@link EditionContext}. Templates reach it through the template functions and the {@code ...Html} fields; one
 * page is rendered on one thread. A detached context (the feed, plain text) writes no
 * citations, reference lists or term popovers; its reference links still go through the partial.
 */
final class PageContext {
    /** The template variable that holds the context (not part of the documented API). */
    static final String VARIABLE = "folioPageContext";

    private final String rootPrefix;
    private final EditionContext edition;
    /** The partials, also for a detached context's reference links; null only for HTML outside any template. */
    private final Partials partials;
    private final CitationNumbers citations;
    private final Set<String> definedTerms = new HashSet<>();
    private final MarkupHtml html;
    private final TextsRead reads;
    private int popovers;
    /** Whether the tables no heading names are numbered (the page has more than one: a guess, checked by {@link #secondPass}). */
    private final boolean tablesNumbered;
    private int unnamedTables;
    /** The language whose marks {@link #html} gives a text, or null when the whole page gets them later. */
    private String typography;

    private PageContext(String rootPrefix, EditionContext edition, Partials partials, CitationNumbers citations, TextsRead reads,
                        boolean tablesNumbered) {
        this.tablesNumbered = tablesNumbered;
        this.reads = reads;
        this.rootPrefix = rootPrefix;
        this.edition = edition;
        this.partials = partials;
        this.citations = citations;
        this.html = new MarkupHtml(this);
    }

    /** A page's context; {@code numbered} guesses whether the page shows its reference list. */
    static PageContext page(String rootPrefix, EditionContext edition, boolean numbered) {
        return new PageContext(rootPrefix, edition, edition.partials(), new CitationNumbers(numbered, new LinkedHashMap<>()),
                new TextsRead(edition.model()), false);
    }

    /** For HTML outside a page: links start with {@code rootPrefix}; no citations or popovers. */
    static PageContext detached(String rootPrefix, Partials partials) {
        return new PageContext(rootPrefix, null, partials, new CitationNumbers(false, Map.of()), new TextsRead(null), false);
    }

    /**
     * The same for a file that is not a page (the feed), whose texts get the quotation marks of
     * {@code language} as they are written ({@link Typographer}): a page gets them when it is finished.
     */
    static PageContext detached(String rootPrefix, Partials partials, String language) {
        PageContext context = detached(rootPrefix, partials);
        context.typography = language;
        return context;
    }

    /** The context of the page a template is rendering. */
    static PageContext of(EvaluationContext context) {
        Object found = context.getVariable(VARIABLE);
        if (found == null && context instanceof EvaluationContextImpl impl) {
            // Inside a macro only the global scopes are visible.
            for (Scope scope : impl.getScopeChain().getGlobalScopes()) {
                if (scope.get(VARIABLE) != null) {
                    found = scope.get(VARIABLE);
                }
            }
        }
        return found instanceof PageContext page ? page : detached("", null);
    }

    /**
     * The context to render the page with again, or null when this rendering stands: the citations
     * were numbered on a wrong guess about the reference list ({@link CitationNumbers#again}); a page
     * with more than one table named "Table" gets them numbered ("Table 1", "Table 2": {@link TableRegions}).
     */
    PageContext secondPass() {
        boolean numberTables = tablesNumbered || unnamedTables > 1;
        CitationNumbers again = citations.again();
        if (again != null) {
            return new PageContext(rootPrefix, edition, partials, again, reads, numberTables);
        }
        if (numberTables != tablesNumbered) {
            return new PageContext(rootPrefix, edition, partials, citations.afresh(), reads, true);
        }
        return null;
    }

    /** Whether this page's Markdown tables get a named region to scroll in: not outside a page (the feed). */
    boolean tableNames() {
        return edition != null && edition.tableName() != null;
    }

    /** The name of the page's next table that no heading names: "Table", or numbered when the page has several. */
    String tableName() {
        unnamedTables++;
        return edition.tableName().apply(tablesNumbered ? unnamedTables : 0);
    }

    boolean showedList() {
        return citations.showedList();
    }

    /** A link to a site path ("about/", "glossary/#term-x") from this page. */
    String url(String sitePath) {
        return file(SitePaths.file(sitePath));
    }

    /** A path already naming a file ("about/index.html#x", "map.pdf") from this page. */
    String file(String path) {
        if (edition != null && !edition.up().isEmpty()) {
            int hash = path.indexOf('#');
            if (edition.rootFiles().contains(hash < 0 ? path : path.substring(0, hash))) {
                return rootPrefix + edition.up() + path;
            }
        }
        return rootPrefix + path;
    }

    /**
     * The label of a footnote's link back to its reference {@code number} in the page's language
     * (the theme's {@code footnote.back}); empty where there is none, and CommonMark's English stays.
     */
    java.util.Optional<String> footnoteBackLabel(String number) {
        return edition == null ? java.util.Optional.empty() : edition.footnoteBackLabel().apply(number);
    }

    /** A link from this page to a site path in the language whose folder is {@code prefix} ("" or "uk/"). */
    String inLanguage(String prefix, String sitePath) {
        return rootPrefix + (edition == null ? "" : edition.up()) + prefix + SitePaths.file(sitePath);
    }

    /** The texts whose headings or footnotes this page has shown, in order (see {@link MarkupHtml#textsWithIds}). */
    java.util.List<Markup> textsWithIds() {
        return html.textsWithIds();
    }

    String html(Markup markup) {
        read(markup);
        String written = html.render(markup);
        return typography == null ? written : Typographer.html(written, typography);
    }

    /** Notes that the page's render read {@code markup}: its file can be kept only while the text says the same. */
    void read(Markup markup) {
        reads.add(markup);
    }

    /** The slots of the texts the page read ({@link TextsRead#slots}). */
    SlotSet reads() {
        return reads.slots();
    }

    String cite(List<String> ids) {
        if (edition == null || ids.isEmpty()) {
            return "";
        }
        boolean numbered = citations.numbered();
        List<Citation> group = Citation.group(citations.cite(ids, edition.sources()), numbered,
                edition.site() == null ? null : edition.site().config().language());
        return partial(Partials.CITE, Map.of("citations", group, "numbered", numbered));
    }

    String references() {
        if (edition == null) {
            return "";
        }
        return partial(Partials.REFERENCES, Map.of("references", citations.references(edition.sources())));
    }

    /**
     * A resolved {@code [[kind:id]]} reference as the partial {@code partials/ref} writes it, with
     * a glossary term's popover at its first use on the page; null outside any template.
     */
    String referenceLink(folio.content.ReferenceKind kind, String id, folio.site.Markup.Target target) {
        if (partials == null) {
            return null;
        }
        String link = target.url().startsWith("#") ? target.url() : url(target.url());
        String popoverHtml = target.popover() ? termPopover(id) : "";
        return render(Partials.REF, Map.of("ref",
                new ReferenceLink(kind, id, target.label(), link, target.popover(), Partials.safe(popoverHtml))));
    }

    /** The button and popover with a term's definition, at its first use on the page only. */
    String termPopover(String termId) {
        GlossaryTerm term = edition == null ? null : edition.terms().get(termId);
        if (term == null || !definedTerms.add(termId)) {
            return "";
        }
        int number = ++popovers;
        String definition = html(term.definitionHtml());
        return partial(Partials.TERM_POPOVER, Map.of("term", term, "number", number,
                "definitionHtml", Partials.safe(definition)));
    }

    /** A partial rendered for this page (nothing outside a page, where there are no partials). */
    String partial(String name, Map<String, Object> variables) {
        return edition == null ? "" : render(name, variables);
    }

    private String render(String name, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(VARIABLE, this);
        if (edition != null) {
            // A partial folio renders reads in the language of the page's site, as its template does.
            all.putIfAbsent("site", edition.site());
        }
        return partials.render(name, all);
    }
}
