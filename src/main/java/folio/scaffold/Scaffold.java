package folio.scaffold;

import folio.content.ContentParser;
import folio.project.PortableNames;
import folio.project.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * {@code folio new KIND ID}: writes a new provision or page file, or appends a new entry to a
 * collection, with every required field. Values the editor must supply are FILL-IN markers,
 * which fail the build until replaced. Prints the file and line it wrote.
 */
public final class Scaffold {
    static final String PLACEHOLDER = ContentParser.PLACEHOLDER;

    /** A request {@code new} turns down: the message (without "folio: ") and the exit code. */
    static final class Refusal extends Exception {
        final int exitCode;

        Refusal(int exitCode, String message) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }
    }

    private Scaffold() {}

    /** Every kind {@code new} writes, as typed on the command line. */
    public static List<String> kinds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("provision", "page"), EntryKind.names().stream()).toList();
    }

    public static int create(Project project, List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2) {
            err.println("folio: usage: folio new KIND ID, where KIND is one of " + String.join(", ", kinds()));
            return 2;
        }
        String kind = arguments.get(0);
        String id = arguments.get(1);
        try {
            switch (kind) {
                case "provision" -> provision(project, id, out);
                case "page" -> page(project, id, out);
                default -> new EntryScaffold(project, out).append(EntryKind.named(kind).orElseThrow(() -> new Refusal(2,
                        "cannot create a '" + kind + "': " + folio.content.Suggestions.didYouMean(kind, kinds()) + "use one of "
                        + String.join(", ", kinds()))), id);
            }
            return 0;
        } catch (Refusal refusal) {
            err.println("folio: " + refusal.getMessage());
            return refusal.exitCode;
        } catch (CheckedText.Unreadable e) {
            err.println(e.getMessage());
            err.println("folio: cannot write the new " + kind + ": fix the file above first, then run this again (nothing was written)");
            return 1;
        } catch (IOException e) {
            err.println("folio: cannot write the new " + kind + ": " + folio.project.WriteFailure.describe(project, e));
            return 1;
        }
    }

    private static void provision(Project project, String id, PrintStream out) throws IOException, Refusal {
        if (!id.matches("[1-9][0-9]{0,2}")) {
            throw new Refusal(2, "a provision is named by its number, like: folio new provision 29");
        }
        int number = Integer.parseInt(id);
        Path file = project.content().resolve("data/provisions/" + String.format(Locale.ROOT, "%02d", number) + ".md");
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
        createFile(project, file, text, "provision " + number, out);
    }

    private static void page(Project project, String id, PrintStream out) throws IOException, Refusal {
        if (!isPageId(id) || id.startsWith(project.display(project.content()) + "/")
                && !Files.isDirectory(project.content().resolve(project.display(project.content())))) {
            throw new Refusal(2, pageIdProblem(project, id));
        }
        if (id.equals("data") || id.startsWith("data/")) {
            throw new Refusal(2, "content/data/ holds collections, not pages: choose another path");
        }
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length; i++) {
            // The build refuses such a file (con.md, a name over 200 bytes): not written, rather than written and refused.
            String name = parts[i] + (i == parts.length - 1 ? ".md" : "");
            String problem = PortableNames.problem(name, i < parts.length - 1);
            if (problem != null) {
                throw new Refusal(2, "the name " + name + " " + problem);
            }
        }
        String text = """
                ---
                title: "FILL-IN: the page title"
                description: "FILL-IN: one sentence for search engines and link previews"
                ---
                FILL-IN: the text, with citations like [@source-id].
                """;
        createFile(project, project.content().resolve(id + ".md"), text, "page " + id, out);
    }

    /**
     * Why {@code id} is no page id, with the command that was meant: a file name ({@code guides/intro.md}, as {@code hugo
     * new} takes), a path from the project ({@code content/guides/intro}) or a translation ({@code guides/intro.uk}).
     */
    static String pageIdProblem(Project project, String id) {
        String folder = project.display(project.content());
        String page = id.endsWith(".md") ? id.substring(0, id.length() - 3) : id;
        if (page.startsWith(folder + "/")) {
            page = page.substring(folder.length() + 1);
        }
        java.util.regex.Matcher translation = java.util.regex.Pattern.compile("(.+)\\.([a-z]{2,3})").matcher(page);
        if (translation.matches() && isPageId(translation.group(1))) {
            String original = folder + "/" + translation.group(1) + ".md";
            return "new writes the page in the default language; a translation is a copy of it: copy " + original + " to "
                    + folder + "/" + page + ".md, translate its title, description and text, then run folio translations "
                    + "--stamp " + folder + "/" + page + ".md (docs/editing.md, section 12)";
        }
        if (!page.equals(id) && isPageId(page)) {
            String left = id.startsWith(folder + "/") ? folder + "/" + (id.endsWith(".md") ? " and .md" : "") : ".md";
            return "a page id is the page's path under " + folder + "/, without " + left + ": folio new page " + page
                    + " (it writes " + folder + "/" + page + ".md)";
        }
        return "a page id is a path of lower-case words, like: folio new page guides/ceasefire";
    }

    private static boolean isPageId(String id) {
        return id.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    }

    private static void createFile(Project project, Path file, String text, String what, PrintStream out)
            throws IOException, Refusal {
        if (Files.exists(file) && !Files.isDirectory(file)) {
            throw new Refusal(1, project.display(file) + " already exists: edit it, or choose another id");
        }
        WritePlace.check(project, file, "the new " + what);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out.println(project.display(file) + ":1: created " + what + "; replace each " + PLACEHOLDER);
    }
}
