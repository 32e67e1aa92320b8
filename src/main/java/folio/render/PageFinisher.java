package folio.render;

import folio.content.Markers;
import folio.site.GlossaryTerm;
import folio.site.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the page-independent HTML of a rendered template into the page's final HTML: links
 * relative to this page, citations numbered in order of first appearance with the list of
 * cited sources, and ids unique within the page. The markup of citations, the list and term
 * popovers comes from partials (see {@link Partials}).
 */
final class PageFinisher {
    private final Map<String, Source> sources;
    private final Map<String, GlossaryTerm> terms;
    private final Partials partials;

    PageFinisher(Map<String, Source> sources, Map<String, GlossaryTerm> terms, Partials partials) {
        this.sources = sources;
        this.terms = terms;
        this.partials = partials;
    }

    /** What the finisher has seen so far on one page. */
    private static final class PageState {
        final Map<String, Integer> numbers = new LinkedHashMap<>();
        final java.util.Set<String> definedTerms = new java.util.HashSet<>();
        final List<Integer> listPositions = new ArrayList<>();
        int popovers;
        /** False when the template shows no reference list: citations then name the outlet and link to the sources page. */
        boolean numbered = true;
    }

    /** {@code rootPrefix} is "../" per level for normal pages, or the base path ("/repo/") for 404.html. */
    String finish(String html, String rootPrefix) {
        PageState state = new PageState();
        state.numbered = html.contains(Markers.referenceList());
        StringBuilder out = new StringBuilder(html.length() + 1024);
        process(html, rootPrefix, state, out);
        String list = referenceList(state.numbers, rootPrefix);
        for (int k = state.listPositions.size() - 1; k >= 0; k--) {
            out.insert(state.listPositions.get(k), list);
        }
        return out.toString();
    }

    private void process(String html, String rootPrefix, PageState state, StringBuilder out) {
        // Markers are rare: find each kind with String.indexOf (a fast intrinsic) and copy the
        // plain runs between them in one go, instead of looking at every character of the page.
        int copied = 0;
        int nextRoot = html.indexOf(Markers.ROOT);
        int nextOpen = html.indexOf(Markers.OPEN);
        int nextClose = html.indexOf(Markers.CLOSE);
        while (nextRoot >= 0 || nextOpen >= 0 || nextClose >= 0) {
            int i = firstOf(nextRoot, nextOpen, nextClose);
            out.append(html, copied, i);
            copied = i + 1;
            if (i == nextRoot) {
                out.append(rootPrefix);
            } else if (i == nextOpen) {
                int end = html.indexOf(Markers.CLOSE, i);
                if (end >= 0) {
                    marker(html.substring(i + 1, end), rootPrefix, state, out);
                    copied = end + 1;
                }
            }
            // A close marker on its own (or an open one never closed) is dropped.
            nextRoot = nextRoot >= 0 && nextRoot < copied ? html.indexOf(Markers.ROOT, copied) : nextRoot;
            nextOpen = nextOpen >= 0 && nextOpen < copied ? html.indexOf(Markers.OPEN, copied) : nextOpen;
            nextClose = nextClose >= 0 && nextClose < copied ? html.indexOf(Markers.CLOSE, copied) : nextClose;
        }
        out.append(html, copied, html.length());
    }

    private void marker(String marker, String rootPrefix, PageState state, StringBuilder out) {
        if (marker.startsWith("pop:")) {
            definition(marker.substring(4), rootPrefix, state, out);
        } else if (marker.equals("refs")) {
            state.listPositions.add(out.length());
        } else if (marker.startsWith("c:")) {
            String[] ids = marker.substring(2).split(",");
            out.append(citation(ids, state, rootPrefix));
        }
    }

    /** The smallest of the positions that are not -1. */
    private static int firstOf(int a, int b, int c) {
        int first = Integer.MAX_VALUE;
        for (int position : new int[] {a, b, c}) {
            if (position >= 0 && position < first) {
                first = position;
            }
        }
        return first;
    }

    /**
     * The in-place definition of a glossary term (a button and a popover), at the term's first
     * use on the page only: later uses are plain links, which keeps long pages light.
     */
    private void definition(String termId, String rootPrefix, PageState state, StringBuilder out) {
        GlossaryTerm term = terms.get(termId);
        if (term == null || !state.definedTerms.add(termId)) {
            return;
        }
        int number = ++state.popovers;
        StringBuilder definition = new StringBuilder();
        process(term.definitionHtml(), rootPrefix, state, definition);
        out.append(partial(Partials.TERM_POPOVER, rootPrefix, Map.of("term", term, "number", number,
                "definitionHtml", Partials.safe(definition.toString()))));
    }

    /**
     * A numbered citation links to the page's reference list. On pages that list many items (the
     * timeline, the reactions) a numbered list would outweigh the page: a page without the list
     * gets citations that name their outlets and link to the sources list instead.
     */
    private String citation(String[] ids, PageState state, String rootPrefix) {
        List<Citation> cited = new ArrayList<>(ids.length);
        for (String id : ids) {
            int number = state.numbered ? state.numbers.computeIfAbsent(id, key -> state.numbers.size() + 1) : 0;
            cited.add(new Citation(number, id, sources.get(id)));
        }
        return partial(Partials.CITE, rootPrefix, Map.of("citations", cited, "numbered", state.numbered));
    }

    private String referenceList(Map<String, Integer> numbers, String rootPrefix) {
        List<Citation> cited = new ArrayList<>(numbers.size());
        numbers.forEach((id, number) -> cited.add(new Citation(number, id, sources.get(id))));
        return partial(Partials.REFERENCES, rootPrefix, Map.of("references", cited));
    }

    /** A partial's links (from url()) made relative to this page. */
    private String partial(String name, String rootPrefix, Map<String, Object> variables) {
        return partials.render(name, variables).replace(String.valueOf(Markers.ROOT), rootPrefix);
    }
}
