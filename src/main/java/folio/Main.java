package folio;

import folio.diag.Diagnostic;
import folio.diag.Progress;
import folio.project.Project;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The command line: {@code folio build|check|serve|new|ids ...}. Prints diagnostics; sets the exit code. */
public final class Main {
    static final String USAGE = """
            Usage: folio <command> [options]
            (folio is bin/folio, or java -jar target/folio.jar; messages name commands the same way)

            Commands:
              build            build the site into the output directory (default)
              check            validate content and templates; write nothing
              serve            build, serve on 127.0.0.1, rebuild and reload on changes
              new KIND ID      add an entry with every required field: provision, page, actor,
                               reaction, event, term, source, update, document, comparison,
                               map-layer or theme (prints the file and line it wrote)
              ids              add every id the content has now to content/published-ids.yaml,
                               the register that keeps published ids (anchors, open-data ids)
                               from disappearing; run it when you publish
              translations     a table per language and collection: translated, stale,
                               unstamped, missing; then each one not translated, at its
                               file:line (exit 0 only when all are translated)
              translations --stamp [FILE[#ID] ...]
                               write translates: (the hash of the default language's text
                               a translation renders): with no FILE into every translation not yet stamped;
                               with FILE into each stale or unstamped entry of that file; with
                               FILE#ID into one entry (re-stamp after updating a stale translation);
                               several may be named

            Options:
              --content DIR    content directory (default: content)
              --templates DIR  templates directory (default: templates)
              --output DIR     output directory (default: site)
              --base-url URL   build and check: absolute base URL, overriding base_url in site.yaml
                               (serve takes it and serves from its own address)
              --drafts         build, check and serve: include pages marked draft: true
              --allow-stale    build and check: stale or unstamped translations are warnings,
                               not errors (while updating a translation)
              --allow-untranslated
                               build and check: missing translations are warnings, not errors;
                               the page or entry shows its default-language text (while translating)
              --port N         serve: the port (default: 8080)
              --quiet, -q      build and check: print no progress and no summary, only problems
              --full           build: parse, render and write the whole site anew, using
                               nothing the last build kept (see README, "Incremental builds")
              --help, -h       show this help (also: folio help)

            On a terminal, a build that runs for more than a second shows its stage and pages
            done on one line, rewritten in place, then the usual summary line (pages, time);
            output to a file, a pipe or CI gets only the summary.

            Incremental builds: a build into the folder of an earlier build parses again only
            the Markdown and YAML that changed, renders again only the pages the change can
            alter and writes only the files whose bytes changed (the summary says how many),
            when its cache shows that folder is as that build left it and folio, its options,
            site.yaml and the templates are the same; otherwise it writes the whole site anew.
            --full always builds the whole site anew.

            Exit codes: 0 built, 1 content or template errors, 2 usage or configuration errors
            (also: folio.jar moved away from its lib/ folder, too little memory for the site:
            FOLIO_JAVA_OPTS=-Xmx2g), 70 an internal error (a bug in
            folio: please report it), 75 another build is writing the same output folder right
            now (try again when it has finished).
            """;

    private static final String GIVE_MORE_MEMORY = "Give it more, for example FOLIO_JAVA_OPTS=-Xmx2g bin/folio build "
            + "(or java -Xmx2g -jar target/folio.jar build); the output folder was left as it was.";
    private static final String OUT_OF_MEMORY = "folio: Java ran out of memory: this site needs more than Java was given. "
            + GIVE_MORE_MEMORY;

    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err, System.getenv(), Terminal.detect());
        } catch (NoClassDefFoundError e) {
            // folio.jar finds its libraries in lib/ beside it (the manifest's Class-Path).
            System.err.println("folio: a library folio needs is missing (" + e.getMessage() + "): folio.jar must stay beside "
                    + "the lib/ folder that 'mvn package' writes next to it (target/lib/); run target/folio.jar or bin/folio "
                    + "where they were built, or copy lib/ along with the jar");
            code = 2;
        } catch (RuntimeException | Error e) {
            code = crashed(e, Runtime.getRuntime().maxMemory(), System.err);
        }
        System.exit(code);
    }

    /**
     * What a command that threw {@code e} tells the user, and its exit code. Running out of memory is
     * a heap too small for the site ({@code heap} bytes), which the user can change: a configuration
     * error (2), not folio's bug (70). Either way the build stopped before it replaced the output folder.
     */
    static int crashed(Throwable e, long heap, PrintStream err) {
        if (e instanceof OutOfMemoryError) {
            try {
                err.println("folio: Java ran out of memory: this site needs more than the " + heap / (1024 * 1024)
                        + " MB Java was given. " + GIVE_MORE_MEMORY);
            } catch (OutOfMemoryError stillShort) {
                // Other threads may still hold the memory: the constant needs none to be made.
                try {
                    err.println(OUT_OF_MEMORY);
                } catch (OutOfMemoryError tooShortToSayIt) {
                    // The exit code still tells it from a bug.
                }
            }
            return 2;
        }
        err.println("folio: internal error (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). This is a bug in folio, not in "
                + "your content: please report it with the command you ran.");
        return 70;
    }

    /** Runs a command; returns the exit code. Separate from main() so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the environment that decides GitHub annotations. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(args, out, err, environment, Terminal.NONE);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Map)}, on a terminal that may show a build's progress. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment, Terminal terminal) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("folio: " + e.getMessage());
            err.println("Run 'java -jar target/folio.jar --help' (or 'bin/folio --help') for the commands and options.");
            return 2;
        }
        if (line.help()) {
            out.print(USAGE);
            return 0;
        }
        Project project = Project.of(Path.of(""), Path.of(line.content()), Path.of(line.templates()), Path.of(line.output()));
        return switch (line.command()) {
            case "build", "check" -> build(project, line, out, err, new GitHubReport(environment),
                    line.quiet() ? Progress.NONE : ProgressLine.start(out, terminal, environment));
            case "serve" -> folio.serve.PreviewServer.serve(project, line.baseUrl(), line.drafts(), line.port(), out, err);
            case "new" -> folio.scaffold.Scaffold.create(project, line.arguments(), out, err);
            case "ids" -> PublishedIdsCommand.run(project, out, err);
            case "translations" -> TranslationsCommand.run(project, line.stamp(), line.arguments(), out, err);
            default -> throw new IllegalStateException("unreachable");
        };
    }

    private static int build(Project project, CommandLine line, PrintStream out, PrintStream err, GitHubReport github,
                             Progress progress) {
        long started = System.nanoTime();
        boolean write = line.command().equals("build");
        Build.Result result;
        try {
            result = Build.run(new Build.Options(project, line.baseUrl(), line.drafts(), write, false, null,
                    new folio.i18n.Translations.Policy(line.allowStale(), line.allowUntranslated()), line.full()), progress);
        } finally {
            ProgressLine.finish(progress);
        }
        print(result.diagnostics(), err);
        github.annotate(result.diagnostics(), out);
        github.summarize(result, line.command(), err);
        if (!result.ok()) {
            long errors = result.diagnostics().stream().filter(d -> d.severity() == folio.diag.Severity.ERROR).count();
            boolean hidden = result.diagnostics().stream().anyMatch(d -> d.severity() == folio.diag.Severity.NOTE);
            err.println("folio: " + line.command() + " failed with " + (hidden ? "more than " : "") + errors + " error"
                    + (errors == 1 && !hidden ? "" : "s")
                    + (write ? "; " + shown(project) + " was left as it was" : ""));
            return result.exitCode();
        }
        if (line.quiet()) {
            return 0;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long pages = result.pageCount();
        out.println("folio: " + (write ? "built " : "checked ") + pages + " pages" + (write ? " (" + result.fileCount()
                + " files" + changes(result.written()) + ") into " + shown(project) : "") + " in " + millis + " ms");
        return 0;
    }

    /** After an incremental build, how many files it wrote and removed; nothing after a full one. */
    private static String changes(folio.output.OutputWriter.Summary written) {
        if (written == null || !written.incremental()) {
            return "";
        }
        return ", " + written.written() + " written" + (written.removed() > 0 ? ", " + written.removed() + " removed" : "")
                + ", the rest unchanged";
    }

    /** The output folder as users wrote it: "site/", "./", "/"; a file (a refused --output README.md) without a slash. */
    private static String shown(Project project) {
        String display = project.display(project.output());
        if (java.nio.file.Files.exists(project.output()) && !java.nio.file.Files.isDirectory(project.output())) {
            return display;
        }
        return display.isEmpty() ? "./" : display.endsWith("/") ? display : display + "/";
    }

    static void print(List<Diagnostic> diagnostics, PrintStream err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic);
        }
    }
}
