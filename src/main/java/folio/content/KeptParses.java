package folio.content;

/**
 * The parses one build keeps for the next build into the same output folder: Markdown trees
 * ({@link MarkdownCache}) and YAML documents ({@link YamlCache}), read and written together
 * ({@link ParseCacheFile}).
 */
public record KeptParses(MarkdownCache markdown, YamlCache yaml) {
    /** Nothing kept yet; this build's parses are kept. */
    public static KeptParses empty() {
        return new KeptParses(MarkdownCache.empty(), YamlCache.empty());
    }

    /** Nothing kept, and nothing to keep: every text is parsed. */
    public static KeptParses none() {
        return new KeptParses(MarkdownCache.none(), YamlCache.none());
    }
}
