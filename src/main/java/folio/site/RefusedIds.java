package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.IdSuggestion;
import folio.content.RecordShape;
import folio.content.Suggestions;
import folio.content.ReferenceKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pages and entries refused for their name, each with an error of its own: a page file whose
 * name cannot be part of a web address ({@code sp ace.md}), an entry whose id breaks the id rule
 * ({@code id: Vance}). Whatever names them (a reference, a citation, a reaction's {@code actor:},
 * a provision's {@code theme:}, a translation) reports nothing more: the one error says what to
 * rename, and "unknown actor 'vance'" or "no uk translation: add content/sp ace.uk.md" would send
 * the editor to fix what is not broken. An entry is refused under the id written and under the id
 * its error suggests ({@code Vance}, {@code vance}), which is what the rest of the site names.
 */
public final class RefusedIds {
    private static final RefusedIds NONE = new RefusedIds(Set.of(), Map.of(), new TreeMap<>());
    /** Content-relative paths of page files ({@code sp ace.md}). */
    private final Set<String> pages;
    /** By collection ({@code actors}), the ids written and suggested. */
    private final Map<String, Set<String>> entries;
    /** By project-relative path of each refused page file, what is wrong with its name ("it has a space"). */
    private final SortedMap<String, String> pageProblems;

    private RefusedIds(Set<String> pages, Map<String, Set<String>> entries, SortedMap<String, String> pageProblems) {
        this.pages = pages;
        this.entries = entries;
        this.pageProblems = pageProblems;
    }

    public static RefusedIds none() {
        return NONE;
    }

    /** What the assembly of {@code content} will refuse for its name (drafts too: a name is refused either way). */
    public static RefusedIds of(ContentParser.ParsedContent content) {
        Set<String> pages = new HashSet<>();
        SortedMap<String, String> problems = new TreeMap<>();
        for (ContentParser.ParsedPage page : content.pages()) {
            String relative = page.file().relative();
            String problem = UrlPath.problem(relative.substring(0, relative.length() - ".md".length()));
            if (problem != null) {
                pages.add(relative);
                problems.put(page.file().path(), problem);
            }
        }
        Map<String, Set<String>> entries = new HashMap<>();
        content.collections().forEach((collection, list) -> {
            for (Entry<?> entry : list) {
                if (idOf(entry.raw()) instanceof String id && !id.isBlank() && !Checks.isId(id)) {
                    Set<String> ids = entries.computeIfAbsent(collection, k -> new HashSet<>());
                    ids.add(id);
                    String suggested = IdSuggestion.suggested(id);
                    if (!suggested.isEmpty()) {
                        ids.add(suggested);
                    }
                }
            }
        });
        return new RefusedIds(Set.copyOf(pages), Map.copyOf(entries), Collections.unmodifiableSortedMap(problems));
    }

    /**
     * The page files refused for their name, by project-relative path ({@code content/sp ace.md}),
     * each with what is wrong with it ("it has a space"): for a listing that leaves them out to say why.
     */
    public SortedMap<String, String> pageProblems() {
        return pageProblems;
    }

    private static Object idOf(Object raw) {
        RecordShape shape = RecordShape.of(raw.getClass());
        Integer component = shape.index().get("id");
        return component == null ? null : shape.value(raw, component);
    }

    /**
     * Whether a page or entry as a translation status names it: {@code kind} "pages" (a
     * content-relative path, {@code sp ace.md}), provisions (never refused by name) or a
     * collection name.
     */
    /** Whether nothing is refused. */
    public boolean isEmpty() {
        return pages.isEmpty() && entries.isEmpty();
    }

    public boolean contains(String kind, String id) {
        return kind.equals("pages") ? pages.contains(id) : entries.getOrDefault(kind, Set.of()).contains(id);
    }

    /**
     * Whether {@code id}, which names no built entry of {@code collection}, names one refused for its
     * id: the id written, the one its error suggests, or one close enough to either that "did you
     * mean" would offer it. An invisible character may stand where a hyphen was
     * ({@code donbas\u200Bregion}, suggested {@code donbasregion}), and the rest of the site still says
     * {@code donbas-region}: "unknown term 'donbas-region'" would send the editor to add a term that is
     * there, refused with its own error.
     */
    boolean contains(CollectionName collection, String id) {
        Set<String> ids = entries.getOrDefault(collection.id(), Set.of());
        return ids.contains(id) || !ids.isEmpty() && id != null && Suggestions.closest(id, ids).isPresent();
    }

    /** Whether a reference of this kind names an entry refused for its id (pages are {@link Targets}'s to judge). */
    boolean contains(ReferenceKind kind, String id) {
        return switch (kind) {
            case ACTOR -> contains(CollectionName.ACTORS, id);
            case EVENT -> contains(CollectionName.EVENTS, id);
            case SOURCE -> contains(CollectionName.SOURCES, id);
            case TERM -> contains(CollectionName.TERMS, id);
            case PAGE, PROVISION -> false;
        };
    }
}
