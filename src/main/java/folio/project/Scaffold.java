package folio.project;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code folio new KIND ID}: writes a new entry with every required field. Values the editor
 * must supply are {@value #PLACEHOLDER} markers, which fail the build until replaced.
 */
public final class Scaffold {
    /** The marker a build refuses to publish. */
    public static final String PLACEHOLDER = "FILL-IN";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Map<String, String> ENTRIES = Map.of(
            "reaction", """
                    - id: %s
                      actor: FILL-IN-actor-id
                      date: FILL-IN-YYYY-MM-DD
                      subject: FILL-IN (draft | version:DOCUMENT-ID | provision:NUMBER | "related: what it is about")
                      stance: FILL-IN (support | oppose | mixed | conditional | no-public-position; none for a related matter)
                      summary: "FILL-IN: one line in your own words, with a citation [@FILL-IN-source-id]"
                      provisions: []
                      sources: [FILL-IN-source-id]
                    """,
            "event", """
                    - id: %s
                      date: FILL-IN-YYYY-MM-DD
                      title: "FILL-IN: what happened, in a few words"
                      text: "FILL-IN: one or two sentences, with a citation [@FILL-IN-source-id]"
                      category: FILL-IN (context | diplomacy | document | statement | military)
                      sources: [FILL-IN-source-id]
                    """,
            "term", """
                    - id: %s
                      term: "FILL-IN: the term as readers see it"
                      definition: "FILL-IN: one to three neutral sentences [@FILL-IN-source-id]"
                      sources: [FILL-IN-source-id]
                    """,
            "source", """
                    - id: %s
                      outlet: "FILL-IN: who reported it (Reuters, AP, BBC, ...)"
                      title: "FILL-IN: the page's real headline"
                      date: FILL-IN-YYYY-MM-DD
                      url: "https://FILL-IN"
                      flag: none
                    """);
    private static final Map<String, String> COLLECTIONS = Map.of("reaction", "reactions", "event", "events",
            "term", "terms", "source", "sources");

    private Scaffold() {}

    public static int create(Project project, List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2) {
            err.println("folio: usage: folio new provision|reaction|event|term|source|page ID");
            return 2;
        }
        String kind = arguments.get(0);
        String id = arguments.get(1);
        try {
            return switch (kind) {
                case "provision" -> provision(project, id, out, err);
                case "page" -> page(project, id, out, err);
                case "reaction", "event", "term", "source" -> entry(project, kind, id, out, err);
                default -> {
                    err.println("folio: cannot create a '" + kind + "': use provision, reaction, event, term, source or page");
                    yield 2;
                }
            };
        } catch (IOException e) {
            err.println("folio: cannot write the new " + kind + ": " + SourceLoader.describe(e));
            return 1;
        }
    }

    private static int provision(Project project, String id, PrintStream out, PrintStream err) throws IOException {
        if (!id.matches("[1-9][0-9]{0,2}")) {
            err.println("folio: a provision is named by its number, like: folio new provision 29");
            return 2;
        }
        int number = Integer.parseInt(id);
        Path file = project.content().resolve("data/provisions/" + String.format(java.util.Locale.ROOT, "%02d", number) + ".md");
        String text = """
                ---
                number: %d
                title: "FILL-IN: a short title"
                theme: FILL-IN-theme-id
                summary: "FILL-IN: a one-line paraphrase [@FILL-IN-source-id]"
                sources: [FILL-IN-source-id]
                ---
                ## What the draft says

                FILL-IN: the point in your own words [@FILL-IN-source-id].

                ## What it would change

                FILL-IN

                ## What is contested

                FILL-IN
                """.formatted(number);
        return createFile(project, file, text, out, err);
    }

    private static int page(Project project, String id, PrintStream out, PrintStream err) throws IOException {
        if (!id.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*")) {
            err.println("folio: a page id is a path of lower-case words, like: folio new page guides/ceasefire");
            return 2;
        }
        if (id.equals("data") || id.startsWith("data/")) {
            err.println("folio: content/data/ holds collections, not pages: choose another path");
            return 2;
        }
        String text = """
                ---
                title: "FILL-IN: the page title"
                description: "FILL-IN: one sentence for search engines and link previews"
                ---
                FILL-IN: the text, with citations like [@source-id].
                """;
        return createFile(project, project.content().resolve(id + ".md"), text, out, err);
    }

    private static int createFile(Project project, Path file, String text, PrintStream out, PrintStream err) throws IOException {
        if (Files.exists(file)) {
            err.println("folio: " + project.display(file) + " already exists: edit it, or choose another id");
            return 1;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out.println("folio: created " + project.display(file) + ": replace every FILL-IN, then build");
        return 0;
    }

    private static int entry(Project project, String kind, String id, PrintStream out, PrintStream err) throws IOException {
        if (!ID.matcher(id).matches()) {
            err.println("folio: an id uses lower-case letters, digits and hyphens, like: folio new " + kind + " geneva-talks");
            return 2;
        }
        String collection = COLLECTIONS.get(kind);
        Path single = project.content().resolve("data/" + collection + ".yaml");
        Path folder = project.content().resolve("data/" + collection);
        List<Path> files = Files.isDirectory(folder) ? yamlFiles(folder) : List.of();
        for (Path existing : Files.exists(single) ? Stream.concat(Stream.of(single), files.stream()).toList() : files) {
            if (Pattern.compile("(?m)^-\\s+id:\\s*\"?" + Pattern.quote(id) + "\"?\\s*$").matcher(Files.readString(existing)).find()) {
                err.println("folio: " + (kind.equals("event") ? "an " : "a ") + kind + " with id '" + id + "' already exists in " + project.display(existing)
                        + ": choose another id");
                return 1;
            }
        }
        // Append to the newest year file (reactions/2026.yaml), else the collection's last file by
        // name, else data/<collection>.yaml; the message says where, so the entry can be moved.
        List<Path> years = files.stream().filter(f -> f.getFileName().toString().matches("\\d{4}\\.ya?ml")).toList();
        Path target = !years.isEmpty() ? years.get(years.size() - 1) : files.isEmpty() ? single : files.get(files.size() - 1);
        Files.createDirectories(target.getParent());
        String existing = Files.exists(target) ? Files.readString(target) : "";
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        int line = (int) existing.lines().count() + (separator.isEmpty() ? 1 : 2);
        Files.writeString(target, separator + ENTRIES.get(kind).formatted(id), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out.println("folio: added " + kind + " '" + id + "' at " + project.display(target) + ":" + line
                + ": replace every FILL-IN, then build");
        return 0;
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
