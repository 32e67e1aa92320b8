package folio.scaffold;

import folio.content.CollectionName;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.project.TextNormaliser;
import folio.site.PartialDate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends one entry to a collection. An id ending in a date ({@code kallas-2026-05-01}) fills in
 * the date of a dated kind and chooses the year's file; a reaction's id also names its actor,
 * which must be a known one.
 */
final class EntryScaffold {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATED = Pattern.compile("(?:(.+)-)?(\\d{4})-(\\d{2})-(\\d{2})");
    /** An empty list written in brackets on a line of its own, as an emptied collection file holds it. */
    private static final Pattern EMPTY_LIST = Pattern.compile("(?m)^\\[\\s*\\][ \\t]*(#.*)?(\\r?\\n|\\z)");

    private final Project project;
    private final PrintStream out;

    EntryScaffold(Project project, PrintStream out) {
        this.project = project;
        this.out = out;
    }

    void append(EntryKind kind, String id) throws IOException, Scaffold.Refusal {
        if (!ID.matcher(id).matches()) {
            throw new Scaffold.Refusal(2, "an id uses lower-case letters, digits and hyphens, like: folio new "
                    + kind.label.replace(' ', '-') + " geneva-talks" + (kind.dated ? "-2025-11-23" : ""));
        }
        Matcher dated = DATED.matcher(id);
        String date = null;
        String actor = null;
        if (dated.matches() && kind.dated) {
            date = dated.group(2) + "-" + dated.group(3) + "-" + dated.group(4);
            Optional<String> wrong = PartialDate.impossiblePart(date);
            if (wrong.isPresent()) {
                throw new Scaffold.Refusal(2, "the id ends in the date " + date + ", which does not exist: " + wrong.get()
                        + "; correct the id");
            }
        }
        if (kind == EntryKind.REACTION && dated.matches() && dated.group(1) != null) {
            actor = knownActor(dated.group(1)).orElse(null);
        }
        CollectionFiles files = CollectionFiles.of(project, kind.collection);
        Path existing = files.ids().get(id);
        if (existing != null) {
            throw new Scaffold.Refusal(1, kind.article() + " " + kind.label + " with id '" + id + "' already exists in "
                    + project.display(existing) + ": choose another id");
        }
        List<String> documents = kind == EntryKind.COMPARISON
                ? new ArrayList<>(CollectionFiles.of(project, CollectionName.DOCUMENTS.id()).ids().keySet()) : List.of();
        Path target = files.target(date == null ? null : Integer.valueOf(dated.group(2)));
        WritePlace.check(project, target, "the new " + kind.label);
        Files.createDirectories(target.getParent());
        String before = Files.exists(target) ? CheckedText.read(project, target) : "";
        refuseUnreadable(project.display(target), before);
        String entry = kind.entry(id, date, actor, documents);
        if (before.contains("\r\n")) {
            entry = entry.replace("\n", "\r\n"); // the file's own line endings, not a mix
        }
        String after = withEntry(before, entry, id);
        if (after == null) {
            throw new Scaffold.Refusal(1, project.display(target) + " is not a list of entries written one under another "
                    + "('- id: ...'), so " + kind.article() + " " + kind.label + " added at its end would not be read with them: "
                    + "make it such a list (or move its entries to one), then run this again");
        }
        String above = after.substring(0, after.length() - entry.length());
        int line = (int) above.lines().count() + 1;
        Files.writeString(target, after, StandardCharsets.UTF_8);
        out.println(project.display(target) + ":" + line + ": added " + kind.label + " " + id + "; replace each "
                + Scaffold.PLACEHOLDER + (before.isEmpty() ? " (a new file)" : ""));
    }

    /**
     * The file's text with {@code entry} added as its last item, or in place of an empty list written
     * {@code []}; null when the file reads as YAML but would no longer read as a list ending with the entry
     * (a mapping, a list in brackets, a document end marker): appended blindly, the entry would break a file
     * that reads while the editor is told it was added, or when the file does not read as YAML at all
     * (see {@link #refuseUnreadable}).
     */
    static String withEntry(String before, String entry, String id) {
        String separator = before.isEmpty() || before.endsWith("\n") ? "" : before.contains("\r\n") ? "\r\n" : "\n";
        String appended = before + separator + entry;
        if (before.isBlank()) {
            return appended;
        }
        YamlNode read = read(before);
        if (read == null) {
            return null;
        }
        if (endsWith(appended, id)) {
            return appended;
        }
        Matcher empty = EMPTY_LIST.matcher(before);
        if (read instanceof YamlNode.Sequence list && list.items().isEmpty() && empty.find()) {
            String replaced = before.substring(0, empty.start()) + before.substring(empty.end()) + entry;
            return endsWith(replaced, id) ? replaced : null;
        }
        return null;
    }

    private static boolean endsWith(String text, String id) {
        YamlNode read = read(text);
        List<YamlNode> items = read instanceof YamlNode.Sequence list ? list.items() : List.of();
        return !items.isEmpty() && items.get(items.size() - 1).get("id").map(YamlNode::text).filter(id::equals).isPresent();
    }

    /** The YAML a collection file holds, or null when it does not read. */
    private static YamlNode read(String text) {
        try {
            return YamlReader.compose(TextNormaliser.normalise(text));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Refuses a collection file that does not read as YAML the way a build reads it (an unclosed
     * quote, a tab among the spaces, an alias), naming each mistake at its line as the build does.
     * It was appended to as it was, with exit 0 and "added ...": the editor, told the entry was
     * added, met the build's error next, in a file that now held two edits, the new entry below
     * the mistake and read with it (an unclosed quote swallowed it). As with Hugo's and Jekyll's
     * commands, exit 0 means a file that builds as far as the command can tell; the file is left
     * exactly as it was.
     */
    private static void refuseUnreadable(String shown, String before) throws CheckedText.Unreadable {
        if (before.isBlank()) {
            return;
        }
        Diagnostics problems = new Diagnostics();
        if (YamlReader.parse(TextNormaliser.normalise(before), SourcePosition.of(shown, 1), problems).isEmpty()) {
            StringBuilder report = new StringBuilder();
            for (var problem : problems.sorted()) {
                report.append(report.length() == 0 ? "" : "\n").append(problem);
            }
            throw new CheckedText.Unreadable(report.toString());
        }
    }

    /**
     * The actor a reaction id starts with: the longest run of its words that is a known actor id,
     * or empty (left to fill in) when no actor is close; refused when one is (a typo).
     */
    private Optional<String> knownActor(String start) throws IOException, Scaffold.Refusal {
        Map<String, Path> actors = CollectionFiles.of(project, CollectionName.ACTORS.id()).ids();
        String candidate = start;
        while (true) {
            if (actors.containsKey(candidate)) {
                return Optional.of(candidate);
            }
            int hyphen = candidate.lastIndexOf('-');
            if (hyphen < 0) {
                break;
            }
            candidate = candidate.substring(0, hyphen);
        }
        Optional<String> close = Suggestions.closest(start, actors.keySet())
                .or(() -> Suggestions.closest(start.split("-")[0], actors.keySet()));
        String where = actors.isEmpty() ? "content/data/actors.yaml" : project.display(actors.values().iterator().next());
        if (close.isPresent()) {
            throw new Scaffold.Refusal(1, "the id starts with '" + start + "', which is not an actor in " + where
                    + ": " + Suggestions.question(close.get()) + " Correct the id, or add the actor first: folio new actor " + start);
        }
        out.println("folio: '" + start + "' is not an actor in " + where + ", so actor is left to fill in"
                + " (a new actor: folio new actor " + start + ")");
        return Optional.empty();
    }
}
