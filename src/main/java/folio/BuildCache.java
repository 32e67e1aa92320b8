package folio;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.i18n.KeptTranslations;
import folio.output.SearchEntries;
import folio.project.AsIfEdited;
import folio.render.KeptStrings;
import folio.render.RenderMemory;
import folio.render.Templates;

/**
 * What one build can hand the next in the same process (the preview server): the parse of
 * every unchanged file and Markdown text, the compiled templates, the interface strings, the data
 * files' translations laid over the English, what the pages and open data read and the search
 * index's entries. A fresh build needs none of it.
 */
public final class BuildCache {
    final ContentParser.Cache parsed = new ContentParser.Cache();
    final Templates.EngineCache engine = new Templates.EngineCache();
    volatile MarkdownCache markdown = MarkdownCache.empty();
    final RenderMemory rendered = new RenderMemory();
    final SearchEntries search = SearchEntries.kept();
    final KeptStrings strings = new KeptStrings();
    final KeptTranslations translations = new KeptTranslations();
    private volatile boolean someAsIfEdited;

    /** How many pages the last successful build kept from the one before (see {@link RenderMemory}). */
    public int keptPages() {
        return rendered.keptLastBuild();
    }

    /** Whether the next builds may keep pages of the last one; the preview server's warm-up renders every page. */
    public void keepPages(boolean keep) {
        rendered.keepPages(keep);
    }

    /**
     * Whether the next builds treat the few files, texts, search entries and pages {@link AsIfEdited}
     * chooses as changed by an edit: parsed, made and rendered again, the rest kept (the preview
     * server's warm-up takes the path of an editor's saves this way).
     */
    public void treatSomeAsEdited(boolean some) {
        someAsIfEdited = some;
        parsed.parseSomeAgain(some);
        rendered.renderSomePages(some);
    }

    /** How many files the last build parsed rather than kept from the one before. */
    public int parsedFiles() {
        return parsed.parsedLastBuild();
    }

    /** The Markdown parses a build starts from: the last build's, less a few while some are treated as edited. */
    MarkdownCache markdownForBuild() {
        MarkdownCache kept = markdown;
        return someAsIfEdited ? kept.withSomeForgotten() : kept;
    }

    /** The search entries a build starts from: the last build's, less a few while some are treated as edited. */
    SearchEntries searchForBuild() {
        return search.nextBuild(someAsIfEdited);
    }
}
