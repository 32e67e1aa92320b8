package folio;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.output.SearchEntries;
import folio.render.RenderMemory;
import folio.render.Templates;

/**
 * What one build can hand the next in the same process (the preview server): the parse of
 * every unchanged file and Markdown text, the compiled templates, what the pages read and the
 * search index's entries. A fresh build needs none of it.
 */
public final class BuildCache {
    final ContentParser.Cache parsed = new ContentParser.Cache();
    final Templates.EngineCache engine = new Templates.EngineCache();
    volatile MarkdownCache markdown = MarkdownCache.empty();
    final RenderMemory rendered = new RenderMemory();
    final SearchEntries search = SearchEntries.kept();

    /** How many pages the last successful build kept from the one before (see {@link RenderMemory}). */
    public int keptPages() {
        return rendered.keptLastBuild();
    }

    /** Whether the next builds may keep pages of the last one; the preview server's warm-up renders every page. */
    public void keepPages(boolean keep) {
        rendered.keepPages(keep);
    }

    /** Whether the next builds keep all pages of the last one but a few, as after an edit (the preview server's warm-up). */
    public void renderSomePages(boolean some) {
        rendered.renderSomePages(some);
    }
}
