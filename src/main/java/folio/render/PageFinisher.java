package folio.render;

import folio.content.Markers;
import folio.site.SitePaths;
import folio.site.GlossaryTerm;
import folio.site.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the page-independent HTML of a rendered template into the page's final HTML: links
 * relative to this page, citations numbered in order of first appearance with the list of
 * cited sources, and ids unique within the page.
 */
final class PageFinisher {
    private final Map<String, Source> sources;
    private final Map<String, GlossaryTerm> terms;

    PageFinisher(Map<String, Source> sources, Map<String, GlossaryTerm> terms) {
        this.sources = sources;
        this.terms = terms;
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
            out.append(state.numbered ? citation(ids, state.numbers) : outletCitation(ids, rootPrefix));
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
        String label = escape(term.term());
        out.append("<button type=\"button\" class=\"term-toggle\" popovertarget=\"term-pop-").append(number)
                .append("\" aria-label=\"Show the definition of ").append(label).append("\">?</button>")
                .append("<span class=\"term-pop\" id=\"term-pop-").append(number).append("\" popover><strong>")
                .append(label).append(":</strong> ");
        process(term.definitionHtml(), rootPrefix, state, out);
        out.append("</span>");
    }

    /**
     * On pages that list many items (the timeline, the reactions) a numbered list would outweigh
     * the page: each citation names its outlet and links to the source's entry in the sources list.
     */
    private String outletCitation(String[] ids, String rootPrefix) {
        StringBuilder out = new StringBuilder("<sup class=\"cite\">[");
        for (int k = 0; k < ids.length; k++) {
            Source source = sources.get(ids[k]);
            if (k > 0) {
                out.append("; ");
            }
            if (source == null) {
                out.append(escape(ids[k]));
            } else if (source.pageUrl() == null) {
                out.append("<a href=\"").append(escape(source.url())).append("\" rel=\"noopener\">")
                        .append(escape(source.outlet())).append("</a>");
            } else {
                out.append("<a href=\"").append(rootPrefix).append(SitePaths.file(source.pageUrl())).append("\">")
                        .append(escape(source.outlet())).append("</a>");
            }
        }
        return out.append("]</sup>").toString();
    }

    private String citation(String[] ids, Map<String, Integer> numbers) {
        StringBuilder out = new StringBuilder("<sup class=\"cite\">[");
        for (int k = 0; k < ids.length; k++) {
            int number = numbers.computeIfAbsent(ids[k], id -> numbers.size() + 1);
            if (k > 0) {
                out.append(", ");
            }
            Source source = sources.get(ids[k]);
            String label = source == null ? "source" : escape(source.outlet());
            out.append("<a href=\"#ref-").append(number).append("\" aria-label=\"Source ").append(number)
                    .append(": ").append(label).append("\">").append(number).append("</a>");
        }
        return out.append("]</sup>").toString();
    }

    private String referenceList(Map<String, Integer> numbers, String rootPrefix) {
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ol class=\"references\">");
        for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
            Source source = sources.get(entry.getKey());
            out.append("<li id=\"ref-").append(entry.getValue()).append("\">");
            if (source == null) {
                out.append(escape(entry.getKey())).append("</li>");
                continue;
            }
            // Same form as templates/partials/source.peb: the reporting first, then where we read it.
            // The outlet links to the source's entry in the sources list (notes are there).
            if (source.pageUrl() != null) {
                out.append("<a class=\"outlet\" href=\"").append(rootPrefix).append(SitePaths.file(source.pageUrl()))
                        .append("\">").append(escape(source.outlet())).append("</a>");
            } else {
                out.append("<b class=\"outlet\">").append(escape(source.outlet())).append("</b>");
            }
            String language = source.languageName();
            out.append(", “<a href=\"").append(escape(source.url())).append("\" rel=\"noopener\"");
            if (language != null) {
                out.append(" lang=\"").append(escape(source.language())).append("\" hreflang=\"")
                        .append(escape(source.language())).append("\"");
            }
            out.append(">").append(escape(source.title())).append("</a>”");
            if (language != null) {
                out.append(" (").append(escape(language));
                if (source.titleEn() != null) {
                    out.append("; in English: “").append(escape(source.titleEn())).append("”");
                }
                out.append(")");
            }
            if (source.date() != null) {
                out.append(", <time datetime=\"").append(source.date().iso()).append("\">")
                        .append(source.date().display()).append("</time>");
            }
            if (source.author() != null) {
                out.append(" (by ").append(escape(source.author())).append(")");
            }
            if (source.readAt() != null) {
                out.append(". Read at ").append(escape(source.readAt()));
            }
            if (source.originalUrl() != null) {
                out.append(" (<a href=\"").append(escape(source.originalUrl())).append("\" rel=\"noopener\">original</a>)");
            }
            if (source.flag().flagged()) {
                out.append(" <span class=\"flag flag-").append(source.flag().id()).append("\">")
                        .append(escape(source.flag().label())).append("</span>");
            }
            out.append("</li>");
        }
        return out.append("</ol>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
