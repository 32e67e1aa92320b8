package folio;

import folio.content.ContentParser;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import folio.diag.Severity;
import folio.i18n.Languages;
import folio.i18n.Stamps;
import folio.i18n.TranslationStatus;
import folio.i18n.TranslationStatus.State;
import folio.i18n.Translations;
import folio.project.Project;
import folio.project.SourceLoader;
import folio.site.RefusedIds;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code folio translations}: a table per language of how many pages and entries of each
 * collection are translated, stale, unstamped or missing, then each one that is not translated
 * with its file:line; exit 0 only when all are translated. {@code --stamp [FILE[#ID]]} writes
 * {@code translates:} stamps: with no FILE, into every translated entry that has none yet; with
 * FILE, into each entry of that file (a re-stamp after updating it); with FILE#ID, into one entry.
 */
final class TranslationsCommand {
    private static final List<String> ORDER = List.of("pages", "provisions", "themes", "actors", "reactions", "events",
            "terms", "documents", "comparisons", "updates", "map", "shares", "charts", "sources");

    private TranslationsCommand() {}

    static int run(Project project, boolean stamp, List<String> targets, PrintStream out, PrintStream err) {
        Diagnostics diagnostics = new Diagnostics();
        SourceLoader.Loaded loaded = SourceLoader.load(project, diagnostics);
        ContentParser.ParsedContent content = ContentParser.parse(loaded.sources(),
                project.display(project.siteConfig()), diagnostics);
        // A page refused for its file name is not listed as missing a translation (as the build says "rename it", not
        // "add content/sp ace.uk.md"); it is named after the tables with what to do. An entry refused for its id is
        // left out too, as in the build; its id's error is the build's to give.
        RefusedIds refused = diagnostics.hasErrors() ? RefusedIds.none() : RefusedIds.of(content);
        List<TranslationStatus> statuses = diagnostics.hasErrors() ? List.of()
                : Translations.check(content, Translations.Policy.EDITING, refused::contains, diagnostics);
        if (diagnostics.hasErrors()) {
            diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).forEach(err::println);
            err.println("folio: translations: fix the errors above first");
            return 1;
        }
        if (stamp) {
            return stamp(project, statuses, targets, out, err);
        }
        List<String> languages = Translations.languagesOf(content, Languages.of(content));
        if (languages.isEmpty()) {
            out.println("No translations: site.yaml declares no languages besides " + Languages.of(content).base()
                    + " and no translation files (about.uk.md) exist.");
            return 0;
        }
        boolean complete = refused.pageProblems().isEmpty();
        for (String language : languages) {
            complete &= table(language, statuses.stream().filter(s -> s.language().equals(language)).toList(), out);
        }
        refused.pageProblems().forEach((path, problem) -> out.println("not listed: " + path + ": its file name cannot be "
                + "part of a web address (" + problem + "): rename it, then it is listed (folio build reports it too)"));
        return complete ? 0 : 1;
    }

    /** Prints one language's table and what is not translated; true when everything is. */
    static boolean table(String language, List<TranslationStatus> statuses, PrintStream out) {
        Map<String, EnumMap<State, Integer>> counts = new LinkedHashMap<>();
        ORDER.forEach(kind -> counts.put(kind, new EnumMap<>(State.class)));
        EnumMap<State, Integer> total = new EnumMap<>(State.class);
        for (TranslationStatus status : statuses) {
            counts.get(status.kind()).merge(status.state(), 1, Integer::sum);
            total.merge(status.state(), 1, Integer::sum);
        }
        out.println("Translations into " + language + ":");
        out.printf("  %-12s %10s %6s %10s %8s%n", "", "translated", "stale", "unstamped", "missing");
        counts.forEach((kind, row) -> {
            if (!row.isEmpty()) {
                row(out, kind, row);
            }
        });
        row(out, "total", total);
        List<TranslationStatus> open = statuses.stream().filter(s -> s.state() != State.TRANSLATED).toList();
        for (TranslationStatus status : open) {
            out.println("  " + status.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + status.at() + ": "
                    + describe(status));
        }
        out.println();
        return open.isEmpty();
    }

    private static void row(PrintStream out, String kind, EnumMap<State, Integer> row) {
        out.printf("  %-12s %10d %6d %10d %8d%n", kind, row.getOrDefault(State.TRANSLATED, 0),
                row.getOrDefault(State.STALE, 0), row.getOrDefault(State.UNSTAMPED, 0), row.getOrDefault(State.MISSING, 0));
    }

    private static String describe(TranslationStatus status) {
        String what = switch (status.kind()) {
            case "pages" -> "page " + status.id();
            case "provisions" -> "provision " + status.id();
            default -> ContentParser.singular(status.kind()) + " '" + status.id() + "'";
        };
        return what + (status.state() == State.MISSING && status.detail().equals("not translated")
                ? ": not translated (in " + status.file() + ")" : ": " + status.detail());
    }

    private static int stamp(Project project, List<TranslationStatus> statuses, List<String> targets, PrintStream out,
                             PrintStream err) {
        Map<String, List<TranslationStatus>> byFile = new TreeMap<>();
        for (TranslationStatus status : statuses) {
            if (status.stamp() != null && chosen(status, targets)) {
                byFile.computeIfAbsent(status.file(), k -> new ArrayList<>()).add(status);
            }
        }
        for (String target : targets) {
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            if (statuses.stream().noneMatch(s -> s.stamp() != null && chosen(s, List.of(target)))) {
                List<String> ids = statuses.stream().filter(s -> s.stamp() != null && s.file().equals(file))
                        .map(TranslationStatus::id).toList();
                if (hash < 0 && !ids.isEmpty()) {
                    // The file holds translations and chosen() takes every one that is not fresh: all are.
                    out.println("folio: translations: every translation in " + file + " is stamped with the English "
                            + "text it renders: nothing to stamp");
                    continue;
                }
                if (hash >= 0 && !ids.isEmpty()) {
                    String id = target.substring(hash + 1);
                    err.println("folio: translations: " + file + " holds no translation with the id '" + id + "': "
                            + Suggestions.didYouMean(id, ids) + "name one of its ids after #, as folio translations "
                            + "lists them");
                    return 2;
                }
                err.println("folio: translations: nothing to stamp at " + target + ": name a translation file as "
                        + "folio translations lists it (content/data/terms.uk.yaml), optionally with #id"
                        + (statuses.stream().anyMatch(s -> s.file().equals(file)) ? "" : " (no such translation file)"));
                return 2;
            }
        }
        int stampedCount = 0;
        boolean refusedAny = false;
        for (Map.Entry<String, List<TranslationStatus>> file : byFile.entrySet()) {
            Path path = project.root().resolve(file.getKey());
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("folio: cannot read " + file.getKey() + ": " + SourceLoader.describe(e, file.getKey()));
                return 1;
            }
            try {
                Stamps.Result result = Stamps.apply(text, file.getValue());
                if (!result.stamped().isEmpty()) {
                    Files.writeString(path, result.text(), StandardCharsets.UTF_8);
                }
                for (TranslationStatus stamped : result.stamped()) {
                    out.println(file.getKey() + ":" + stamped.stamp().line() + ": stamped " + describe(stamped).replaceFirst(":.*", "")
                            + " translates: " + stamped.hash());
                }
                result.refused().forEach(why -> err.println(file.getKey() + ": not stamped: " + why));
                stampedCount += result.stamped().size();
                refusedAny |= !result.refused().isEmpty();
            } catch (IOException e) {
                err.println("folio: cannot write " + file.getKey() + ": " + folio.project.WriteFailure.describe(project, e));
                return 1;
            }
        }
        out.println("folio: stamped " + stampedCount + " translation" + (stampedCount == 1 ? "" : "s"));
        return refusedAny ? 1 : 0;
    }

    /**
     * Whether a stamp is written for {@code status}: without targets, only where none is yet (a
     * stale one is re-stamped only when its file or entry is named, after the translator updated it).
     */
    private static boolean chosen(TranslationStatus status, List<String> targets) {
        if (targets.isEmpty()) {
            return status.state() == State.UNSTAMPED;
        }
        for (String target : targets) {
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            if (status.file().equals(file) && (hash < 0 || status.id().equals(target.substring(hash + 1)))) {
                return status.state() != State.TRANSLATED || hash >= 0;
            }
        }
        return false;
    }
}
