package folio;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.render.Templates;

/**
 * What one build can hand the next in the same process (the preview server): the parse of
 * every unchanged file and Markdown text, and the compiled templates. A fresh build needs none of it.
 */
public final class BuildCache {
    final ContentParser.Cache parsed = new ContentParser.Cache();
    final Templates.EngineCache engine = new Templates.EngineCache();
    volatile MarkdownCache markdown = MarkdownCache.empty();
}
