package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Markdown;
import folio.content.MarkdownCache;
import folio.content.ReferenceKind;
import folio.content.TextPlace;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What every collection's assembler shares: the settings, the diagnostics, where each listed
 * item is shown, the reference resolver, and the tables of entries built so far (by id, in file
 * order) that later collections point at. Collections are assembled in dependency order:
 * sources, themes, documents, actors, provisions, then the rest.
 */
final class AssemblyContext {
    final SiteConfig config;
    final Diagnostics diagnostics;
    final Checks checks;
    final Listings listings;
    final ReferenceResolver resolver;
    /** Entries refused for their id: what names one reports nothing more (see {@link RefusedIds}). */
    final RefusedIds refusedIds;
    /** Every entry with a good id, built or not. */
    final Entries entries;
    /** Where Markdown is parsed: an earlier build's parse of the same text is expanded instead. */
    final MarkdownCache markdown;
    final Map<String, Source> sources = new LinkedHashMap<>();
    final Map<String, Theme> themes = new LinkedHashMap<>();
    final Map<String, Document> documents = new LinkedHashMap<>();
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<Integer, Provision> provisions = new TreeMap<>();
    /** The number of every provision file, built or not. */
    final java.util.Set<Integer> provisionFiles = new java.util.HashSet<>();

    AssemblyContext(SiteConfig config, Diagnostics diagnostics, Checks checks, Listings listings, ReferenceResolver resolver,
                    RefusedIds refusedIds, Entries entries, MarkdownCache markdown) {
        this.refusedIds = refusedIds;
        this.entries = entries;
        this.config = config;
        this.markdown = markdown;
        this.diagnostics = diagnostics;
        this.checks = checks;
        this.listings = listings;
        this.resolver = resolver;
    }

    /**
     * Whether provision {@code number} has a file that could not be built: its errors are reported
     * there, so whatever names it adds nothing ("names provision 1, which does not exist" would be
     * wrong, and send the editor to look for a missing file).
     */
    boolean provisionFailed(Integer number) {
        return number != null && provisionFiles.contains(number) && !provisions.containsKey(number);
    }

    /**
     * For a provision number no file has: where a file named for it went ("; content/data/provisions/03.md,
     * whose name says 3, has number: 30: ..."), or "" when no file is named for it.
     */
    String provisionMisnamed(Integer number) {
        folio.content.ContentParser.ParsedProvision file = number == null ? null : entries.misnamed().get(number);
        return file == null ? "" : "; " + file.file().path() + ", whose name says " + number + ", has number: "
                + file.raw().number() + ": write number: " + number + " there if it is point " + number;
    }

    /**
     * Whether {@code id} names an actor, theme or document (by {@code collection}) that is written
     * but refused, for its id or for an error that kept it from being built: that error is reported
     * where it is written, so whatever names it adds nothing ("unknown actor" would be wrong). Asked
     * only of an id not among the built ones.
     */
    boolean refused(CollectionName collection, String id) {
        Map<String, ?> written = switch (collection) {
            case ACTORS -> entries.actors();
            case THEMES -> entries.themes();
            case DOCUMENTS -> entries.documents();
            default -> throw new IllegalArgumentException(collection.id());
        };
        return id != null && (written.containsKey(id) || refusedIds.contains(collection, id));
    }

    /** See {@link Listings#itemUrl}. */
    String itemUrl(String collection, String id, String anchor) {
        return listings.itemUrl(collection, id, anchor);
    }

    /** The URL a reference of this kind and id links to, or null when no page lists that collection. */
    String targetUrl(ReferenceKind kind, String id) {
        Targets.Target target = resolver.target(kind, id);
        return target == null ? null : target.url();
    }

    /**
     * Parses a YAML text field (the value of {@code key}) as inline Markdown and resolves its references; a
     * mistake inside it is told where it is written, whatever the value's style ({@link folio.content.YamlScalarPositions}).
     */
    Markup inline(Entry<?> entry, String key, String text, Link owner, boolean popovers) {
        return text == null ? null : inline(entry.textAt(text, key), text, owner, popovers);
    }

    Markup inline(Entry<?> entry, String key, String text, Link owner) {
        return inline(entry, key, text, owner, true);
    }

    /** As {@link #inline(Entry, String, String, Link, boolean)}, for a text written at {@code place}. */
    Markup inline(TextPlace place, String text, Link owner, boolean popovers) {
        if (text == null) {
            return null;
        }
        Markdown.Parsed parsed = markdown.parse(text, place, diagnostics);
        return resolver.render(parsed, owner == null ? new Link("", "") : owner, "", true, popovers);
    }

    /** Resolves a list of source ids; reports unknown ones at the key's line. Required lists must be non-empty. */
    List<Source> sourceList(Entry<?> entry, List<String> ids, boolean required, String what, Link owner) {
        if (ids == null || ids.isEmpty()) {
            if (required && !checks.noValue(entry, "sources", NoValue.Write.as("write the ids of its sources after it, "
                    + "like sources: [source-id] (every statement on the site needs a citation)"))) {
                // No sources key: report at the entry, not at the next entry's sources line.
                diagnostics.error(entry.at(), what + " has no sources: add sources: [source-id] "
                        + "(every statement on the site needs a citation)");
            }
            return List.of();
        }
        checkCitation(ids, () -> entry.keyAt("sources"), owner, RemovedIds.inList("sources"));
        List<Source> list = new ArrayList<>();
        for (String id : ids) {
            Source source = sources.get(id);
            if (source != null) {
                list.add(source);
            }
        }
        return List.copyOf(list);
    }

    /**
     * Checks cited source ids (see {@link ReferenceResolver#checkCitation}); {@code fix} says where to
     * write a renamed source's new id ({@link RemovedIds#explain}).
     */
    boolean checkCitation(List<String> ids, Supplier<SourcePosition> where, Link owner, UnaryOperator<String> fix) {
        return resolver.checkCitation(ids, where, owner == null ? new Link("", "") : owner, fix);
    }

    /**
     * For an id that no entry of {@code collection} has: what content/published-ids.yaml says of it
     * (published and removed, or renamed to another), with {@code fix} applied to the new id; else
     * {@code otherwise}, the message for an id that was never published (a typo).
     */
    String unknownId(CollectionName collection, Object id, UnaryOperator<String> fix, Supplier<String> otherwise) {
        String removed = resolver.removedIds().explain(collection.id(), String.valueOf(id), fix);
        return removed != null ? removed : otherwise.get();
    }

    /**
     * Where an entry's texts are written, with its GitHub links when the site names a repository:
     * in a language's edition, the translation's entry (its {@code - id:} line in terms.uk.yaml)
     * when there is one, since that is where a reader who wants to mend the text must go; else the
     * original's.
     */
    Origin origin(Entry<?> entry) {
        if (entry.translation() != null) {
            YamlReader.Located translation = entry.translation();
            return Origin.of(translation.keyAt("id", translation.at(translation.node())), config);
        }
        return Origin.of(entry.at(), config);
    }

    Origin origin(SourcePosition at) {
        return Origin.of(at, config);
    }

    /** GitHub's editor on a content file; null without {@code repository:} in site.yaml. */
    String editUrl(String path) {
        return config.repository() == null ? null : config.repository() + "/edit/" + UrlPath.encode(config.editBranch() + "/" + path);
    }
}
