package folio;

import folio.diag.Diagnostic;
import folio.diag.Severity;
import folio.site.Page;
import folio.site.Provision;
import folio.site.Site;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a build tells an editor on GitHub, when it runs inside GitHub Actions
 * ({@code GITHUB_ACTIONS=true}): each diagnostic as a workflow command, which GitHub shows on the
 * changed line of the pull request, and a short Markdown summary in {@code $GITHUB_STEP_SUMMARY}
 * (the errors, or the pages the change affects when the workflow lists the changed files in
 * {@code FOLIO_CHANGED_FILES}). Only the command line prints it, so tests never add annotations.
 */
final class GitHubReport {
    private final Map<String, String> environment;

    GitHubReport(Map<String, String> environment) {
        this.environment = environment;
    }

    boolean active() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /** {@code ::error file=…,line=…,col=…,title=…::message}, one line a diagnostic. */
    void annotate(List<Diagnostic> diagnostics, PrintStream out) {
        if (!active()) {
            return;
        }
        for (Diagnostic d : diagnostics) {
            StringBuilder command = new StringBuilder("::").append(d.severity() == Severity.ERROR ? "error" : "warning");
            List<String> properties = new ArrayList<>();
            if (d.path() != null && !d.path().isEmpty() && !d.path().startsWith("-")) {
                properties.add("file=" + property(d.path()));
                if (d.line() > 0) {
                    properties.add("line=" + d.line());
                    if (d.column() > 0) {
                        properties.add("col=" + d.column());
                    }
                }
            }
            properties.add("title=" + property("folio " + d.severity().label()));
            command.append(' ').append(String.join(",", properties)).append("::").append(data(d.message()));
            out.println(command);
        }
    }

    /** Appends the build's outcome to the step summary; a summary that cannot be written is only a warning. */
    void summarize(Build.Result result, String command, PrintStream err) {
        String file = environment.get("GITHUB_STEP_SUMMARY");
        if (!active() || file == null || file.isBlank()) {
            return;
        }
        String markdown = result.ok() ? success(result, command) : failure(result.diagnostics(), command);
        try {
            Files.writeString(Path.of(file), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println("folio: warning: cannot write the GitHub step summary to " + file + ": " + e.getMessage());
        }
    }

    private static String failure(List<Diagnostic> diagnostics, String command) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        StringBuilder md = new StringBuilder("### folio: " + command + " failed with " + errors + " error"
                + (errors == 1 ? "" : "s") + "\n\nEach problem is also marked on its line in the pull request's "
                + "\"Files changed\" tab. Fix them, commit, and the check runs again.\n\n| where | problem |\n|---|---|\n");
        for (Diagnostic d : diagnostics) {
            String where = d.path() == null || d.path().isEmpty() ? "project" : d.path()
                    + (d.line() > 0 ? ":" + d.line() : "");
            md.append("| `").append(cell(where)).append("` | ").append(cell(d.severity().label() + ": " + d.message()))
                    .append(" |\n");
        }
        return md.append('\n').toString();
    }

    private String success(Build.Result result, String command) {
        StringBuilder md = new StringBuilder("### folio: " + command + " passed: " + result.pageCount() + " pages\n\n");
        List<String> changed = changedFiles();
        if (result.site() == null || changed.isEmpty()) {
            return md.toString();
        }
        md.append("Pages this change affects:\n\n");
        int listed = 0;
        for (String path : changed) {
            for (String url : pagesFrom(result.site(), path)) {
                md.append("- `").append(cell(path)).append("` → `/").append(cell(url)).append("`\n");
                listed++;
            }
        }
        if (listed == 0) {
            md.append("- none: the changed files are not content (code, templates or settings affect every page)\n");
        }
        return md.append('\n').toString();
    }

    private List<String> changedFiles() {
        String list = environment.getOrDefault("FOLIO_CHANGED_FILES", "");
        return Arrays.stream(list.split("\\s+")).filter(s -> !s.isBlank()).sorted().toList();
    }

    /** The site paths built from one changed file: its own page, or the pages that list its collection. */
    static List<String> pagesFrom(Site site, String path) {
        List<String> urls = new ArrayList<>();
        for (Page page : site.pages()) {
            if (sameFile(page.sourcePath(), path) || page.lists().stream().anyMatch(c -> path.contains("/data/" + c))) {
                urls.add(page.url());
            }
        }
        for (Provision provision : site.provisions()) {
            if (sameFile(provision.sourcePath(), path)) {
                urls.add(provision.url());
            }
        }
        return urls;
    }

    /** Changed files are named from the repository's top; a project in a subfolder shows longer paths. */
    private static boolean sameFile(String sourcePath, String changed) {
        return sourcePath != null && (sourcePath.equals(changed) || sourcePath.endsWith("/" + changed)
                || changed.endsWith("/" + sourcePath));
    }

    /** GitHub's escaping for a workflow command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** ...and for a property value, which also ends at ':' and ','. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
