package folio;

import folio.content.ContentParser;
import folio.diag.BuildFailure;
import folio.diag.Diagnostic;
import folio.diag.Diagnostics;
import folio.diag.Progress;
import folio.output.OutputGuard;
import folio.output.OutputWriter;
import folio.output.SiteFiles;
import folio.project.Project;
import folio.project.ProjectTree;
import folio.project.SourceLoader;
import folio.render.PageRenderer;
import folio.render.RenderedFile;
import folio.render.XmlFiles;
import folio.site.ConfigReader;
import folio.site.Site;
import folio.site.SiteAssembler;
import folio.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One build, stage by stage: load, parse, assemble, render, write. Each stage adds to the
 * diagnostics; the build stops between stages when there are errors, and only the last stage
 * touches the output directory.
 */
public final class Build {

    /** What to build: where, with which base URL override (or null), drafts or not, and whether to write. */
    public record Options(Project project, String baseUrl, boolean drafts, boolean write, boolean keepFiles,
                          Cache cache) {
        /** Keeps the rendered files in the result too (tests, the preview server). */
        public Options(Project project, String baseUrl, boolean drafts, boolean write) {
            this(project, baseUrl, drafts, write, true, null);
        }
    }

    /**
     * What one build can hand the next in the same process (the preview server): the parse of
     * every unchanged file and the compiled templates. A fresh build needs none of it.
     */
    public static final class Cache {
        final ContentParser.Cache parsed = new ContentParser.Cache();
        final PageRenderer.EngineCache engine = new PageRenderer.EngineCache();
    }

    /**
     * The outcome: exit code (0 built, 1 content or template errors, 2 usage or configuration
     * errors), the generated files and the files copied as they are (by output path).
     */
    public record Result(int exitCode, List<Diagnostic> diagnostics, Site site, List<RenderedFile> files,
                         Map<String, Path> copies, int pageCount, int fileCount) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Build() {}

    public static Result run(Options options) {
        return run(options, Progress.NONE);
    }

    /** As {@link #run(Options)}, telling {@code progress} each stage as it begins and each page as it is rendered. */
    public static Result run(Options options, Progress progress) {
        Diagnostics diagnostics = new Diagnostics();
        Project project = options.project();
        try {
            if (options.write() && !OutputGuard.check(project, diagnostics)) {
                throw new BuildFailure(true);
            }
            requireFolder(project, project.content(), "content", "--content", diagnostics);
            requireFolder(project, project.templates(), "templates", "--templates", diagnostics);
            if (diagnostics.hasErrors()) {
                throw new BuildFailure(true);
            }
            StageTimer timer = new StageTimer();
            // Compiling templates needs nothing from the content: it runs beside the next three stages.
            PageRenderer.Templates templates = PageRenderer.prepare(project,
                    options.cache() == null ? null : options.cache().engine);
            progress.stage("reading the content");
            SourceLoader.Loaded loaded = SourceLoader.load(project, diagnostics);
            timer.lap("load");
            progress.stage("parsing " + count(loaded.sources().size(), "file"));
            List<Path> contentAssets = loaded.assets();
            ContentParser.ParsedContent content = ContentParser.parse(loaded.sources(),
                    project.display(project.siteConfig()), diagnostics, options.cache() == null ? null : options.cache().parsed);
            // This method runs once, interpreted, so a local keeps its value alive to the end:
            // drop the file texts (hundreds of MB on 100,000 pages) once parsed.
            loaded = null;
            timer.lap("parse");
            SiteConfig config = ConfigReader.read(content, options.baseUrl(), diagnostics).orElse(null);
            if (config == null) {
                throw new BuildFailure(true);
            }
            stopOnErrors(diagnostics);

            progress.stage("assembling the site");
            Map<String, Path> copies = assets(project, contentAssets, diagnostics);
            Site site = SiteAssembler.assemble(content, config, contentAssetPaths(project, contentAssets),
                    options.drafts(), diagnostics).orElse(null);
            timer.lap("assemble");
            stopOnErrors(diagnostics);

            content = null; // the parsed sources are no longer needed: let them go before rendering

            List<RenderedFile> kept = options.keepFiles() ? Collections.synchronizedList(new ArrayList<>()) : null;
            OutputWriter writer = options.write() ? OutputWriter.open(project, diagnostics).orElse(null) : null;
            if (options.write() && writer == null) {
                throw new BuildFailure(false);
            }
            try {
                // Pages go to the staging folder as they are rendered: the site is never all in memory.
                Consumer<RenderedFile> sink = file -> {
                    if (writer != null) {
                        writer.add(file);
                    }
                    if (kept != null) {
                        kept.add(file);
                    }
                    progress.advance();
                };
                // Every page and every provision is rendered to one file.
                progress.counted("rendering", site.pages().size() + site.provisions().size(), "pages");
                List<String> pages = PageRenderer.render(project, site, diagnostics, sink, templates);
                timer.lap("render");
                stopOnErrors(diagnostics);

                progress.stage("writing the site");
                List<RenderedFile> generated = new ArrayList<>(XmlFiles.render(project, site, pages, diagnostics, templates));
                generated.addAll(SiteFiles.generate(site));
                generated.forEach(sink);
                List<String> outputs = new ArrayList<>(pages);
                generated.forEach(file -> outputs.add(file.path()));
                checkCollisions(project, outputs, copies, diagnostics);
                stopOnErrors(diagnostics);
                timer.lap("generate");

                if (writer != null) {
                    writer.copyAll(copies);
                    if (!writer.commit(diagnostics)) {
                        throw new BuildFailure(false);
                    }
                }
                timer.lap("write");
                timer.report();
                List<RenderedFile> files = new ArrayList<>(kept == null ? List.of() : kept);
                files.sort(java.util.Comparator.comparing(RenderedFile::path));
                return new Result(0, diagnostics.sorted(), site, List.copyOf(files), Map.copyOf(copies), pages.size(),
                        outputs.size() + copies.size());
            } finally {
                if (writer != null) {
                    writer.close();
                }
            }
        } catch (BuildFailure failure) {
            return new Result(failure.usage() ? 2 : 1, diagnostics.sorted(), null, List.of(), Map.of(), 0, 0);
        }
    }

    /** Stage timings on standard error when the system property folio.timings is set (for profiling). */
    private static final class StageTimer {
        private final boolean enabled = Boolean.getBoolean("folio.timings");
        private final StringBuilder report = new StringBuilder("folio: timings:");
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            report.append(' ').append(stage).append(' ').append((now - last) / 1_000_000).append(" ms;");
            last = now;
        }

        void report() {
            if (enabled) {
                System.err.println(report);
            }
        }
    }

    private static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static void requireFolder(Project project, Path folder, String what, String option, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) {
            diagnostics.error(project.display(folder), 0, 0, what + " folder not found: run folio from the project "
                    + "folder or pass " + option + " DIR");
        }
    }

    private static void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(false);
        }
    }

    /** Static files from templates/static/ and non-text files from content/, by output path. */
    private static Map<String, Path> assets(Project project, List<Path> contentAssets, Diagnostics diagnostics) {
        Map<String, Path> copies = new TreeMap<>();
        // The whole templates folder is walked, not only static/: a template or map file linked
        // from outside the project must stop the build before anything is rendered with it.
        for (ProjectTree.Entry entry : ProjectTree.walk(project, project.templates(), false, diagnostics)) {
            if (entry.relative().startsWith("static/")) {
                copies.put(entry.relative().substring("static/".length()), entry.file());
            }
        }
        for (Path file : contentAssets) {
            String path = project.content().relativize(file).toString().replace('\\', '/');
            Path other = copies.putIfAbsent(path, file);
            if (other != null) {
                diagnostics.error(project.display(file), 0, 0, "both this file and " + project.display(other)
                        + " would be written to site/" + path + ": rename one");
            }
        }
        return copies;
    }

    private static Set<String> contentAssetPaths(Project project, List<Path> contentAssets) {
        Set<String> paths = new HashSet<>();
        contentAssets.forEach(file -> paths.add(project.content().relativize(file).toString().replace('\\', '/')));
        return paths;
    }

    private static void checkCollisions(Project project, List<String> outputs, Map<String, Path> copies,
                                        Diagnostics diagnostics) {
        for (String output : outputs) {
            Path copy = copies.get(output);
            if (copy != null) {
                diagnostics.error(project.display(copy), 0, 0, "this file would overwrite the generated site/" + output
                        + ": rename or remove it");
            }
        }
    }
}
