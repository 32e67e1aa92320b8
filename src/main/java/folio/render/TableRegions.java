package folio.render;

import folio.site.Markup;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The box each table written in Markdown sits in on a page: a table wider than the column scrolls
 * sideways in it, not the page, and a box that scrolls must be a region a keyboard can reach and a
 * screen reader can name (tabindex="0", WCAG 2.1.1; role="region" with a name, 4.1.2), as the theme's own
 * tables are ({@code partials/open-data.peb}):
 * {@code <div class="table-scroll text-table" role="region" aria-labelledby="..." tabindex="0">}.
 * Its name is the heading nearest before the table (before it among its siblings, or its parents'),
 * when that heading is shown on the page with an id and names no other table of the page; else the
 * theme's {@code table.name} ("Table"), or {@code table.numbered} ("Table 2") when a page has more
 * than one table named so, so that no two regions of a page have one name. One per page render.
 */
final class TableRegions {
    /** The ids of the headings that name a table of this page. */
    private final Set<String> headings = new HashSet<>();
    private final PageContext page;

    TableRegions(PageContext page) {
        this.page = page;
    }

    /** Whether tables get a region: on a page, not in the feed (a detached context). */
    boolean wraps() {
        return page.tableNames();
    }

    /**
     * The region's attributes for {@code table} of {@code markup}; {@code headingIds} gives a heading's
     * id as the page shows it.
     */
    Map<String, String> attributes(Markup markup, TableBlock table, HeadingIds headingIds) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "table-scroll text-table");
        attributes.put("role", "region");
        String heading = heading(markup, table, headingIds);
        if (heading != null) {
            attributes.put("aria-labelledby", heading);
        } else {
            attributes.put("aria-label", page.tableName());
        }
        attributes.put("tabindex", "0");
        return attributes;
    }

    /**
     * Writes each table of {@code markup} (the text being rendered) in its region, the table itself as
     * the tables extension writes it; claims no table where {@link #wraps} is false. Registered before
     * the extensions, since CommonMark-java gives a node to the first renderer that claims its type.
     */
    NodeRenderer renderer(HtmlNodeRendererContext context, Markup markup, HeadingIds headingIds) {
        Set<Class<? extends Node>> types = wraps() ? Set.of(TableBlock.class) : Set.of();
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return types;
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                html.line();
                html.tag("div", attributes(markup, (TableBlock) node, headingIds));
                html.line();
                html.tag("table", context.extendAttributes(node, "table", Map.of()));
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                html.tag("/table");
                html.line();
                html.tag("/div");
                html.line();
            }
        };
    }

    /** The id of the heading that names {@code table}, or null when none may. */
    private String heading(Markup markup, TableBlock table, HeadingIds headingIds) {
        if (markup == null) {
            return null;
        }
        for (Node node = table; node != null && !(node instanceof Document); node = node.getParent()) {
            for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                if (before instanceof Heading heading) {
                    String id = headingIds.anchorOf(markup, heading);
                    // A layout that shows a text in parts may leave the heading out of the part it shows.
                    return id != null && markup.hasHeading(id) && headings.add(id) ? id : null;
                }
            }
        }
        return null;
    }
}
