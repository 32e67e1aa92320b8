package folio;

import folio.content.ContentParser;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.PublishedIds;
import folio.site.Site;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code folio ids}: adds every id the content has now to content/published-ids.yaml, the
 * register that keeps published ids from disappearing (see {@link PublishedIds}). Runs a check
 * first, so only content that builds is registered; ids already listed and renames are kept.
 */
final class PublishedIdsCommand {
    private static final String HEADER = """
            # Ids published on the site: each is an anchor (reactions/#kallas-2025-11-20) and the id
            # of an entry in the open data (data/reactions.json), so others link to it and cite it.
            # Ids never change once published: an id listed here that no entry has any more stops
            # the build. To rename one, change the id in content/data/ and add 'old-id: new-id'
            # under 'renamed:' > the collection below; the page keeps the old anchor on the new
            # entry and the open data lists it under previous_ids. 'folio ids' adds new ids here
            # (run it when you publish); it keeps what is listed, renames included.
            """;
    /** Ids YAML reads as text when written plainly (not yes, no, null, true, ...). */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private PublishedIdsCommand() {}

    static int run(Project project, PrintStream out, PrintStream err) {
        Build.Result result = Build.run(new Build.Options(project, null, false, false));
        if (!result.ok()) {
            result.diagnostics().forEach(err::println);
            err.println("folio: ids not registered: fix the errors above first");
            return result.exitCode();
        }
        Path file = project.content().resolve(ContentParser.PUBLISHED_IDS);
        String shown = project.display(file);
        PublishedIds.Register register = PublishedIds.Register.EMPTY;
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Diagnostics ignored = new Diagnostics(); // the check above has read it without errors
                register = YamlReader.parse(text, SourcePosition.of(shown, 1), ignored)
                        .map(located -> PublishedIds.read(located, ignored)).orElse(register);
            }
            Map<String, Set<String>> ids = merge(register, current(result.site()));
            int before = register.published().values().stream().mapToInt(Map::size).sum();
            int after = ids.values().stream().mapToInt(Set::size).sum();
            Files.writeString(file, format(ids, register), StandardCharsets.UTF_8);
            out.println(shown + ": " + after + " published ids, " + (after - before) + " new");
            return 0;
        } catch (IOException e) {
            err.println("folio: cannot write " + shown + ": " + folio.project.WriteFailure.describe(project, e));
            return 1;
        }
    }

    static Map<String, List<String>> current(Site site) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("provisions", site.provisions().stream().map(p -> p.id()).toList());
        ids.put("documents", site.documents().stream().map(d -> d.id()).toList());
        ids.put("reactions", site.reactions().stream().map(r -> r.id()).toList());
        ids.put("events", site.events().stream().map(e -> e.id()).toList());
        ids.put("actors", site.actors().stream().map(a -> a.id()).toList());
        ids.put("terms", site.terms().stream().map(t -> t.id()).toList());
        ids.put("sources", site.sources().stream().map(s -> s.id()).toList());
        return ids;
    }

    private static Map<String, Set<String>> merge(PublishedIds.Register register, Map<String, List<String>> current) {
        // Numbers in number order (2 before 10), other ids alphabetically: stable, so diffs stay small.
        Comparator<String> order = Comparator.comparing((String id) -> id.matches("\\d+") ? id.length() : 0)
                .thenComparing(Comparator.naturalOrder());
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (String collection : PublishedIds.COLLECTIONS) {
            Set<String> all = new TreeSet<>(order);
            all.addAll(register.published().getOrDefault(collection, Map.of()).keySet());
            all.addAll(current.getOrDefault(collection, List.of()));
            ids.put(collection, all);
        }
        return ids;
    }

    static String format(Map<String, Set<String>> ids, PublishedIds.Register register) {
        StringBuilder text = new StringBuilder(HEADER);
        ids.forEach((collection, list) -> {
            text.append(collection).append(':').append(list.isEmpty() ? " []\n" : "\n");
            list.forEach(id -> text.append("  - ").append(scalar(id)).append('\n'));
        });
        List<String> renamed = new ArrayList<>();
        for (String collection : PublishedIds.COLLECTIONS) {
            Map<String, PublishedIds.Rename> renames = register.renamed().getOrDefault(collection, Map.of());
            if (!renames.isEmpty()) {
                renamed.add("  " + collection + ":\n");
                renames.forEach((old, rename) -> renamed.add("    " + scalar(old) + ": " + scalar(rename.to()) + "\n"));
            }
        }
        text.append(PublishedIds.RENAMED).append(':').append(renamed.isEmpty() ? " {}\n" : "\n");
        renamed.forEach(text::append);
        return text.toString();
    }

    private static String scalar(String id) {
        return PLAIN.matcher(id).matches() && !YAML_WORDS.contains(id) ? id : "'" + id.replace("'", "''") + "'";
    }
}
