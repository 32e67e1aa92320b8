package folio.site;

import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads site.yaml's {@code menu:} (and a language's {@code menu:} labels) into menu entries, each
 * naming a built page by id. It reads configuration, not content, so it stands apart from
 * {@link PageAssembler}, which makes the pages it names; it runs once they are built, like
 * {@link LinkReader} for {@code links:}.
 */
final class MenuReader {
    private MenuReader() {}

    /** The menu of site.yaml: each entry names a page by id. */
    static List<MenuEntry> read(Optional<YamlReader.Located> siteConfig, List<Page> pages, Set<String> refused,
                                Map<String, String> drafts, Language language, Diagnostics diagnostics) {
        List<MenuEntry> menu = new ArrayList<>();
        if (siteConfig.isEmpty()) {
            return menu;
        }
        YamlReader.Located config = siteConfig.get();
        List<YamlNode> items = config.node().get("menu").map(YamlNode::items).orElse(List.of());
        checkLanguageMenu(config, items, language, diagnostics);
        Set<String> listed = new HashSet<>();
        for (YamlNode item : items) {
            YamlNode written = item.get("page").orElse(null);
            if (written == null || written.isNull() || written instanceof YamlNode.Scalar && written.text().isBlank()) {
                // page: ~ is no value, not the page '~' (page: "" none either); an entry without page: names none.
                if (!NoValue.report(config.within(item), "page", NoValue.Write.as("write the id of the page it links to "
                        + "after it, like page: about (its path under content/ without .md)"), diagnostics)) {
                    diagnostics.error(config.at(item), "menu entry has no page: add page: with the id of the page it "
                            + "links to, like page: about (its path under content/ without .md)");
                }
                continue;
            }
            String pageId = written.text();
            String label = item.get("label").map(YamlNode::text).orElse("");
            if (!pageId.isEmpty() && !listed.add(pageId)) {
                diagnostics.error(pageKeyAt(config, item), "page '" + pageId
                        + "' is in the menu twice, so every page would show its link twice: remove this entry");
                continue;
            }
            Page page = pages.stream().filter(p -> p.id().equals(pageId)).findFirst().orElse(null);
            if (page == null && refused.contains(pageId)) {
                continue;
            }
            if (page == null && drafts.containsKey(pageId)) {
                diagnostics.error(pageKeyAt(config, item), "menu names page '" + pageId + "': "
                        + PageAssembler.draftLeftOut(drafts.get(pageId)));
                continue;
            }
            if (page == null) {
                String hint = Suggestions.closest(pageId, pages.stream().map(Page::id).toList())
                        .map(s -> ": " + Suggestions.question(s)).orElse(": page ids are paths under content/ without .md");
                diagnostics.error(pageKeyAt(config, item), "menu names page '" + pageId + "', which does not exist" + hint);
                continue;
            }
            // A language's own label, else (in the default language) site.yaml's, else the page's title.
            String own = language.menu().get(pageId);
            menu.add(new MenuEntry(own != null ? own : label.isEmpty() || !language.isDefault() ? page.title() : label, page));
        }
        return List.copyOf(menu);
    }

    /** Where a menu entry's {@code page:} is written (the entry itself when it has none). */
    private static SourcePosition pageKeyAt(YamlReader.Located config, YamlNode item) {
        return config.within(item).keyAt("page", config.at(item));
    }

    /**
     * A language's {@code menu:} labels pages of site.yaml's menu by id: a key that names no page
     * of the menu would never show, so it is an error at that key.
     */
    private static void checkLanguageMenu(YamlReader.Located config, List<YamlNode> items, Language language,
                                          Diagnostics diagnostics) {
        if (language.menu().isEmpty()) {
            return;
        }
        List<String> ids = items.stream().map(item -> item.get("page").map(YamlNode::text).orElse("")).toList();
        YamlNode block = config.node().get("languages").flatMap(l -> l.get(language.code())).flatMap(l -> l.get("menu"))
                .orElse(null);
        if (!(block instanceof YamlNode.Mapping labels)) {
            return;
        }
        for (YamlNode.Field field : labels.fields()) {
            String id = field.key().text();
            if (!ids.contains(id)) {
                String hint = Suggestions.didYouMean(id, ids);
                diagnostics.error(config.at(field.key()), "languages: " + language.code() + ": menu: labels page '" + id
                        + "', which is not in site.yaml's menu: " + hint + "the keys are the page ids under menu: ("
                        + String.join(", ", ids) + ")");
            }
        }
    }
}
