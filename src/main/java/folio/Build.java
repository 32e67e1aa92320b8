package folio;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.content.YamlCache;
import folio.diag.BuildFailure;
import folio.diag.Diagnostic;
import folio.diag.Diagnostics;
import folio.diag.Progress;
import folio.i18n.Translations;
import folio.output.OpenData;
import folio.output.OutputWriter;
import folio.output.OtherNames;
import folio.output.SearchEntries;
import folio.output.SiteFiles;
import folio.output.SiteFolder;
import folio.project.Project;
import folio.project.SourceLoader;
import folio.render.PageRenderer;
import folio.render.RenderMemory;
import folio.render.RenderedFile;
import folio.render.InterfaceStrings;
import folio.render.TemplateFileLinks;
import folio.render.Templates;
import folio.render.XmlFiles;
import folio.site.AnchorCheck;
import folio.site.ModelDigest;
import folio.site.Site;
import folio.site.SiteAssembler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One build, stage by stage ({@link #run()} reads top to bottom): load, parse, assemble, render,
 * write. Each stage is a call that returns a typed value and adds to the diagnostics; the build
 * stops between stages when there are errors, and only the last stage touches the output
 * directory.
 */
public final class Build {

    /**
     * What to build: where, with which base URL override (or null), drafts or not, whether to write, which stale or
     * missing translations pass as warnings ({@code translations}), and whether to rewrite every output file even
     * where the last build's are unchanged, and parse every Markdown text ({@code full}).
     */
    public record Options(Project project, String baseUrl, boolean drafts, boolean write, boolean keepFiles,
                          BuildCache cache, Translations.Policy translations, boolean full) {
        /** Reuses what the last build wrote where the output cache allows it (see {@code full}). */
        public Options(Project project, String baseUrl, boolean drafts, boolean write, boolean keepFiles,
                       BuildCache cache, Translations.Policy translations) {
            this(project, baseUrl, drafts, write, keepFiles, cache, translations, false);
        }

        /** Keeps the rendered files in the result too (tests, the preview server). */
        public Options(Project project, String baseUrl, boolean drafts, boolean write) {
            this(project, baseUrl, drafts, write, true, null);
        }

        /** Stale and missing translations are errors, as on CI. */
        public Options(Project project, String baseUrl, boolean drafts, boolean write, boolean keepFiles, BuildCache cache) {
            this(project, baseUrl, drafts, write, keepFiles, cache, Translations.Policy.STRICT);
        }
    }

    /**
     * The outcome: exit code (0 built, 1 content or template errors, 2 usage or configuration errors), the generated
     * files and the files copied as they are (by output path), how the site was written (null when nothing was), and
     * how many Markdown texts were expanded and YAML documents decoded from the last build's parse instead of parsed
     * ({@link KeptParsesFile}), and how many pages were kept as the last build wrote them instead of rendered
     * ({@link RenderedPages}).
     */
    public record Result(int exitCode, List<Diagnostic> diagnostics, Site site, List<RenderedFile> files,
                         Map<String, Path> copies, int pageCount, int fileCount, OutputWriter.Summary written,
                         int reusedParses, int reusedDocuments, int keptPages) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final Options options;
    private final Project project;
    private final Progress progress;
    private final Diagnostics diagnostics = new Diagnostics();
    private final StageTimer timer = new StageTimer();

    private Build(Options options, Progress progress) {
        this.options = options;
        this.project = options.project();
        this.progress = progress;
    }

    public static Result run(Options options) {
        return run(options, Progress.NONE);
    }

    /** As {@link #run(Options)}, telling {@code progress} each stage as it begins and each page as it is rendered. */
    public static Result run(Options options, Progress progress) {
        return new Build(options, progress).run();
    }

    private Result run() {
        try {
            // Compiling templates needs nothing from the content or the output folder: it runs beside
            // the output folder's check (one thread's work, and a tenth of a second after an edit of
            // 10,000 pages), load, parse and assemble. A build the check stops leaves it unfinished.
            Templates templates = Templates.prepare(project, options.cache() == null ? null : options.cache().engine);
            SiteFolder outputFolder = ProjectCheck.check(project, options.write(), diagnostics);
            KeptParsesFile kept = KeptParsesFile.open(options, outputFolder);
            // Templates, site.yaml and options, hashed once: what the output cache and the kept pages are checked against.
            String key = options.write() || options.cache() != null ? BuildKey.of(options) : null;
            RenderedPages rendered = RenderedPages.open(options, key, outputFolder);
            // Each stage's value goes straight into the next stage, never into a local of this
            // method: the file texts and their parse are garbage before rendering starts.
            AssembleStage.Assembled assembled = assemble(parse(load(), kept.yaml()), kept.markdown());
            try (BuildOutput output = BuildOutput.open(options, key, outputFolder, progress, diagnostics)) {
                // One edition per language, the default first: its files at the root, the others' under their code.
                Set<String> rootFiles = new HashSet<>(assembled.copies().keySet());
                int pages = 0;
                List<String> outputs = new ArrayList<>();
                SearchEntries search = options.cache() == null ? SearchEntries.NONE : options.cache().searchForBuild();
                Map<String, OtherNames> otherNames = OtherNames.of(assembled.languages().stream().map(SiteAssembler.Assembly::site).toList());
                diagnostics.addAll(assembled.stringProblems());
                stopOnErrors();
                RenderMemory.Reuse reuse = rendered.reuse(output);
                Map<Site, ModelDigest> models = digests(assembled.languages(), reuse);
                for (SiteAssembler.Assembly language : assembled.languages()) {
                    Edition edition = renderEdition(language.site(), models.get(language.site()), language.anchorChecks(), templates,
                            assembled.strings(), output, reuse, rootFiles,
                            otherNames.getOrDefault(language.site().config().language(), OtherNames.NONE), search);
                    pages += edition.pages();
                    outputs.addAll(edition.outputs());
                }
                OutputClashes.check(project, outputs, assembled.copies(),
                        assembled.languages().stream().map(SiteAssembler.Assembly::site).toList(), diagnostics);
                Set<String> made = new HashSet<>(outputs);
                made.addAll(assembled.copies().keySet());
                TemplateFileLinks.check(project, templates, made, diagnostics);
                stopOnErrors();
                rendered.forget();
                output.commit(assembled.copies(), diagnostics);
                rendered.save();
                kept.save();
                timer.lap("write");
                timer.report();
                return new Result(0, diagnostics.sorted(), assembled.site(), output.kept(), assembled.copies(),
                        pages, outputs.size() + assembled.copies().size(), output.summary(), kept.markdown().expandedCount(), kept.yaml().decodedCount(), rendered.kept());
            }
        } catch (BuildFailure failure) {
            return new Result(failure.exitCode(), diagnostics.sorted(), null, List.of(), Map.of(), 0, 0, null, 0, 0, 0);
        } finally {
            if (options.cache() != null) {
                // Kept only by a build that succeeded (committed above); a failed one leaves the last good build's.
                options.cache().rendered.discard();
            }
        }
    }

    /** The parsed content and the content folder's files that are copied, not parsed. */
    private record Parsed(ContentParser.ParsedContent content, List<Path> assets) {}

    /** What rendering one site made: how many pages, and the output path of every generated file. */
    private record Edition(int pages, List<String> outputs) {}

    private SourceLoader.Loaded load() {
        progress.stage("reading the content");
        SourceLoader.Loaded loaded = SourceLoader.load(project, diagnostics);
        timer.lap("load");
        return loaded;
    }

    private Parsed parse(SourceLoader.Loaded loaded, YamlCache yaml) {
        progress.stage("parsing " + Progress.count(loaded.sources().size(), "file"));
        ContentParser.ParsedContent content = ContentParser.parse(loaded.sources(), project.display(project.siteConfig()),
                diagnostics, options.cache() == null ? null : options.cache().parsed, yaml);
        timer.lap("parse");
        return new Parsed(content, loaded.assets());
    }

    private AssembleStage.Assembled assemble(Parsed parsed, MarkdownCache markdown) throws BuildFailure {
        AssembleStage.Assembled assembled = AssembleStage.run(parsed.content(), parsed.assets(), markdown, options, progress,
                diagnostics);
        timer.lap("assemble");
        return assembled;
    }

    /**
     * Each language's model digest, by which pages and open data are kept (none when {@code reuse}
     * keeps nothing): made side by side, and before any page is rendered, since rendering lets go of
     * text trees the walk reads.
     */
    private Map<Site, ModelDigest> digests(List<SiteAssembler.Assembly> languages, RenderMemory.Reuse reuse) {
        if (!reuse.keeps()) {
            return Map.of();
        }
        Map<Site, ModelDigest> models = new java.util.IdentityHashMap<>();
        languages.parallelStream().map(SiteAssembler.Assembly::site).map(site -> Map.entry(site, ModelDigest.of(site)))
                .toList().forEach(entry -> models.put(entry.getKey(), entry.getValue()));
        return models;
    }

    /**
     * Renders one language's site ({@code model}: its digest, null when nothing is kept): every
     * page, then the files made from the whole site (feed, sitemap, search index if the theme has a
     * search page, open data), each handed to {@code output} as soon as it is made, under the
     * language's folder. {@code rootFiles}: the files that exist once, at the site
     * root (copied files, the default language's open data), which every language links to.
     * {@code otherNames}: the names the other editions give its people and terms, which its
     * search index also finds them by. {@code search}: the search entries the last build made
     * (the preview server's), or none.
     */
    private Edition renderEdition(Site site, ModelDigest model, List<AnchorCheck> anchorChecks, Templates templates, InterfaceStrings strings,
                                  BuildOutput output, RenderMemory.Reuse reuse, Set<String> rootFiles, OtherNames otherNames,
                                  SearchEntries search) throws BuildFailure {
        String prefix = site.config().edition().prefix();
        java.util.function.Consumer<RenderedFile> sink = prefix.isEmpty() ? output
                : file -> output.accept(new RenderedFile(prefix + file.path(), file.bytes()));
        // Every page and every provision is rendered to one file.
        progress.counted("rendering", site.pages().size() + site.provisions().size(), "pages");
        List<String> pages = PageRenderer.render(project, site, anchorChecks, diagnostics, sink, templates, strings,
                Set.copyOf(rootFiles), reuse, model);
        timer.lap("render");
        stopOnErrors();
        progress.stage("writing the site");
        List<RenderedFile> generated = new ArrayList<>(XmlFiles.render(project, site, pages, diagnostics, templates));
        boolean searchIndex = templates.hasLayout("search");
        generated.addAll(prefix.isEmpty()
                ? SiteFiles.generate(site, otherNames, search, searchIndex, reuse.made("data", model, read -> OpenData.generate(site, read)))
                : SiteFiles.edition(site, otherNames, search, searchIndex));
        generated.forEach(sink);
        List<String> outputs = new ArrayList<>();
        pages.forEach(page -> outputs.add(prefix + page));
        generated.forEach(file -> outputs.add(prefix + file.path()));
        if (prefix.isEmpty()) {
            generated.stream().map(RenderedFile::path).filter(SiteFiles::sharedByLanguages).forEach(rootFiles::add);
        }
        timer.lap("generate");
        return new Edition(pages.size(), List.copyOf(outputs));
    }

    private void stopOnErrors() throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(false);
        }
    }
}
