package folio.render;

import folio.site.GlossaryTerm;
import folio.site.Markup;
import folio.site.ModelDigest;
import folio.site.SitePaths;
import folio.site.SlotSet;
import folio.site.Source;
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
 * on it. Templates reach it through the template functions and the {@code ...Html} fields; one
 * page is rendered on one thread. A detached context (the feed, plain text) writes no
 * citations, reference lists or term popovers; its reference links still go through the partial.
 */
final class PageContext {
    /** The template variable that holds the context (not part of the documented API). */
    static final String VARIABLE = "folioPageContext";

    /**
     * What every page of one language's site shares: the partials and the sources and terms by id;
     * {@code up}, the way from the language's folder to the site root ("" or "../"), and the
     * {@code rootFiles} that exist only there (copied files, open data); the site, whose language
     * the partials folio renders (citations, reference lists) read in; {@code tableName}, the name of
     * a table no heading names ({@link TableRegions}), numbered unless the number is 0.
     */
    record Shared(Partials partials, Map<String, Source> sources, Map<String, GlossaryTerm> terms, String up,
                  java.util.Set<String> rootFiles, folio.site.Site site,
                  java.util.function.Function<String, java.util.Optional<String>> footnoteBackLabel, ModelDigest model,
                  java.util.function.IntFunction<String> tableName) {}

    private final String rootPrefix;
    private final Shared shared;
    /** The partials, also for a detached context's reference links; null only for HTML outside any template. */
    private final Partials partials;
    private final CitationNumbers citations;
    private final Set<String> definedTerms = new HashSet<>();
    private final MarkupHtml html;
    /** The slots of the texts this page's render read ({@link ModelDigest}); null once it read one the model does not hold. */
    private SlotSet reads;
    private int popovers;
    /** Whether the tables no heading names are numbered (the page has more than one: a guess, checked by {@link #secondPass}). */
    private final boolean tablesNumbered;
    private int unnamedTables;

    private PageContext(String rootPrefix, Shared shared, Partials partials, CitationNumbers citations, SlotSet reads) {
        this(rootPrefix, shared, partials, citations, reads, false);
    }

    private PageContext(String rootPrefix, Shared shared, Partials partials, CitationNumbers citations, SlotSet reads,
                        boolean tablesNumbered) {
        this.tablesNumbered = tablesNumbered;
        this.reads = reads;
        this.rootPrefix = rootPrefix;
        this.shared = shared;
        this.partials = partials;
        this.citations = citations;
        this.html = new MarkupHtml(this);
    }

    /** A page's context; {@code numbered} guesses whether the page shows its reference list. */
    static PageContext page(String rootPrefix, Shared shared, boolean numbered) {
        return new PageContext(rootPrefix, shared, shared.partials(), new CitationNumbers(numbered, new LinkedHashMap<>()),
                new SlotSet());
    }

    /** For HTML outside a page: links start with {@code rootPrefix}; no citations or popovers. */
    static PageContext detached(String rootPrefix, Partials partials) {
        return new PageContext(rootPrefix, null, partials, new CitationNumbers(false, Map.of()), null);
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

    /** The language whose marks {@link #html} gives a text, or null when the whole page gets them later. */
    private String typography;

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
            return new PageContext(rootPrefix, shared, partials, again, reads, numberTables);
        }
        if (numberTables != tablesNumbered) {
            return new PageContext(rootPrefix, shared, partials, citations.afresh(), reads, true);
        }
        return null;
    }

    /** Whether this page's Markdown tables get a named region to scroll in: not outside a page (the feed). */
    boolean tableNames() {
        return shared != null && shared.tableName() != null;
    }

    /** The name of the page's next table that no heading names: "Table", or numbered when the page has several. */
    String tableName() {
        unnamedTables++;
        return shared.tableName().apply(tablesNumbered ? unnamedTables : 0);
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
        if (shared != null && !shared.up().isEmpty()) {
            int hash = path.indexOf('#');
            if (shared.rootFiles().contains(hash < 0 ? path : path.substring(0, hash))) {
                return rootPrefix + shared.up() + path;
            }
        }
        return rootPrefix + path;
    }

    /**
     * The label of a footnote's link back to its reference {@code number} in the page's language
     * (the theme's {@code footnote.back}); empty where there is none, and CommonMark's English stays.
     */
    java.util.Optional<String> footnoteBackLabel(String number) {
        return shared == null ? java.util.Optional.empty() : shared.footnoteBackLabel().apply(number);
    }

    /** A link from this page to a site path in the language whose folder is {@code prefix} ("" or "uk/"). */
    String inLanguage(String prefix, String sitePath) {
        return rootPrefix + (shared == null ? "" : shared.up()) + prefix + SitePaths.file(sitePath);
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
        if (shared == null || shared.model() == null || reads == null) {
            return;
        }
        int slot = shared.model().slotOf(markup);
        if (slot < 0) {
            reads = null;
        } else {
            reads.add(slot);
        }
    }

    /** The slots of the texts the page read; null when it read a text the model does not hold (or nothing is recorded). */
    SlotSet reads() {
        return shared == null || shared.model() == null ? null : reads;
    }

    String cite(List<String> ids) {
        if (shared == null || ids.isEmpty()) {
            return "";
        }
        boolean numbered = citations.numbered();
        List<Citation> group = Citation.group(citations.cite(ids, shared.sources()), numbered,
                shared.site() == null ? null : shared.site().config().language());
        return partial(Partials.CITE, Map.of("citations", group, "numbered", numbered));
    }

    String references() {
        if (shared == null) {
            return "";
        }
        return partial(Partials.REFERENCES, Map.of("references", citations.references(shared.sources())));
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
        GlossaryTerm term = shared == null ? null : shared.terms().get(termId);
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
        return shared == null ? "" : render(name, variables);
    }

    private String render(String name, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(VARIABLE, this);
        if (shared != null) {
            // A partial folio renders reads in the language of the page's site, as its template does.
            all.putIfAbsent("site", shared.site());
        }
        return partials.render(name, all);
    }
}
