package folio.site;

import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads site.yaml's {@code links:}: names, each with one link or a list of them, each link a page
 * id, an optional heading of that page's text or anchor its layout writes, and an optional label
 * key. A page or heading that does not exist is an error at its line; a translation that lacks the
 * heading links to the page's top. An anchor is only known once the page is rendered, so it is
 * handed on as an {@link AnchorCheck} at its line in site.yaml.
 */
final class LinkReader {
    private static final List<String> KEYS = List.of("page", "heading", "anchor", "label");
    private static final String SHAPE = "like {page: about, heading: how-to-report-an-error, label: foot.about}";
    private static final Map<String, String> WHAT = Map.of("page", "the id of a page (its path under content/ without .md)",
            "heading", "the id of a heading on that page", "anchor", "an id that the page's layout writes",
            "label", "the key of an interface string");

    private LinkReader() {}

    /** The links, and the anchors among them for the render stage to find on their pages. */
    record Read(SiteLinks links, List<AnchorCheck> anchorChecks) {
        static final Read NONE = new Read(SiteLinks.NONE, List.of());
    }

    /** {@code labels}: the interface string keys a label may name (empty: not checked here). */
    /** {@code refused}: ids of pages refused with an error of their own, which a link may name without another. */
    static Read read(Optional<YamlReader.Located> siteConfig, List<Page> pages, Set<String> refused,
                     Map<String, String> drafts, Language language, Set<String> labels, Diagnostics diagnostics) {
        YamlNode block = siteConfig.flatMap(c -> c.node().get("links")).orElse(null);
        if (block == null || block.isNull()) {
            return Read.NONE;
        }
        YamlReader.Located config = siteConfig.get();
        if (!(block instanceof YamlNode.Mapping names)) {
            diagnostics.error(config.at(block), "links: must be names, each with a link or a list of links " + SHAPE);
            return Read.NONE;
        }
        List<AnchorCheck> anchors = new ArrayList<>();
        Map<String, Page> byId = pages.stream().collect(Collectors.toMap(Page::id, Function.identity(), (a, b) -> a));
        Map<String, List<SiteLink>> named = new LinkedHashMap<>();
        for (YamlNode.Field field : names.fields()) {
            String name = field.key().text();
            List<YamlNode> entries = field.value() instanceof YamlNode.Sequence list ? list.items() : List.of(field.value());
            List<SiteLink> links = new ArrayList<>();
            for (YamlNode entry : entries) {
                link(config, name, entry, byId, refused, drafts, language, labels, diagnostics).ifPresent(link -> {
                    boolean twice = links.stream().anyMatch(other -> other.page().id().equals(link.page().id())
                            && java.util.Objects.equals(other.heading(), link.heading())
                            && java.util.Objects.equals(other.anchor(), link.anchor()));
                    if (twice) {
                        diagnostics.error(config.at(entry), "links: " + name + ": page '" + link.page().id() + "'"
                                + (link.heading() == null ? "" : " at heading '" + link.heading() + "'")
                                + " is listed twice, so the theme would show its link twice: remove this entry");
                        return;
                    }
                    links.add(link);
                    if (link.anchor() != null) {
                        YamlNode anchorNode = ((YamlNode.Mapping) entry).get("anchor").orElseThrow();
                        anchors.add(new AnchorCheck(link.page().output(), link.anchor(), () -> config.at(anchorNode)));
                    }
                });
            }
            named.put(name, List.copyOf(links));
        }
        return new Read(new SiteLinks(Map.copyOf(named)), List.copyOf(anchors));
    }

    private static Optional<SiteLink> link(YamlReader.Located config, String name, YamlNode entry, Map<String, Page> byId,
                                           Set<String> refused, Map<String, String> drafts, Language language,
                                           Set<String> labels, Diagnostics diagnostics) {
        if (!(entry instanceof YamlNode.Mapping link)) {
            diagnostics.error(config.at(entry), "links: " + name + ": a link is a mapping " + SHAPE);
            return Optional.empty();
        }
        for (YamlNode.Field field : link.fields()) {
            String key = field.key().text();
            if (!KEYS.contains(key)) {
                diagnostics.error(config.at(field.key()), "links: " + name + ": unknown key '" + key + "': "
                        + Suggestions.didYouMean(key, KEYS) + "a link has " + String.join(", ", KEYS));
            }
        }
        boolean shaped = true;
        for (String key : KEYS) {
            YamlNode value = link.get(key).orElse(null);
            if (value != null && !(value instanceof YamlNode.Scalar)) {
                diagnostics.error(config.at(value), "links: " + name + ": " + key + ": must be " + WHAT.get(key) + ", not a "
                        + (value instanceof YamlNode.Mapping ? "mapping" : "list") + ", " + SHAPE);
                shaped = false;
            }
        }
        if (!shaped) {
            return Optional.empty();
        }
        YamlNode pageNode = link.get("page").orElse(null);
        String pageId = pageNode == null ? "" : pageNode.text().strip();
        if (pageId.isEmpty()) {
            diagnostics.error(config.at(entry), "links: " + name + ": a link needs page: the id of a page "
                    + "(its path under content/ without .md), " + SHAPE);
            return Optional.empty();
        }
        Page page = byId.get(pageId);
        if (page == null && refused.contains(pageId)) {
            return Optional.empty();
        }
        if (page == null && drafts.containsKey(pageId)) {
            diagnostics.error(config.at(pageNode), "links: " + name + ": page '" + pageId + "': "
                    + PageAssembler.draftLeftOut(drafts.get(pageId)));
            return Optional.empty();
        }
        if (page == null) {
            String hint = Suggestions.closest(pageId, byId.keySet()).map(s -> ": " + Suggestions.question(s))
                    .orElse(": page ids are paths under content/ without .md");
            diagnostics.error(config.at(pageNode), "links: " + name + ": page '" + pageId + "' does not exist" + hint);
            return Optional.empty();
        }
        YamlNode headingNode = link.get("heading").orElse(null);
        String heading = headingNode == null || headingNode.text().isBlank() ? null : headingNode.text().strip();
        if (heading != null && (page.contentHtml() == null || !page.contentHtml().hasHeading(heading))) {
            if (page.contentHtml() != null && page.contentHtml().refused()) {
                return Optional.empty(); // its text was refused with an error of its own: its headings are unknown
            }
            if (language.isDefault()) {
                List<String> headings = page.contentHtml() == null ? List.of() : page.contentHtml().headingIds();
                diagnostics.error(config.at(headingNode), "links: " + name + ": page '" + pageId + "' has no heading '"
                        + heading + "': " + Suggestions.didYouMean(heading, headings)
                        + (headings.isEmpty() ? "it has no headings; leave heading: out to link to its top"
                        : "its headings are " + String.join(", ", headings)));
                return Optional.empty();
            }
            heading = null;
        }
        YamlNode anchorNode = link.get("anchor").orElse(null);
        String anchor = anchorNode == null || anchorNode.text().isBlank() ? null : anchorNode.text().strip();
        if (anchor != null && headingNode != null) {
            diagnostics.error(config.at(anchorNode), "links: " + name + ": give heading: (a heading of the page's text) "
                    + "or anchor: (an id its layout writes), not both");
            return Optional.empty();
        }
        YamlNode labelNode = link.get("label").orElse(null);
        String label = labelNode == null || labelNode.text().isBlank() ? null : labelNode.text().strip();
        if (label != null && !labels.isEmpty() && !labels.contains(label)) {
            // The theme would fail on it at render time, in its own template; the mistake is here.
            diagnostics.error(config.at(labelNode), "links: " + name + ": label '" + label + "' is not a key of templates/i18n/"
                    + language.code() + ".yaml: " + Suggestions.didYouMean(label, labels)
                    + "a label names one of the theme's interface strings (add it there if it is a new one)");
            return Optional.empty();
        }
        return Optional.of(new SiteLink(page, heading, anchor, label));
    }
}
