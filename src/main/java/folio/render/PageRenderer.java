package folio.render;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.AnchorCheck;
import folio.site.ModelDigest;
import folio.site.Page;
import folio.site.Provision;
import folio.site.Site;
import folio.site.SitePaths;
import folio.site.Source;
import folio.work.Parallel;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The render stage: every page (and every provision, through {@code provision.peb}) goes through
 * its Pebble template, with a {@link PageContext} of its own. One engine per build; strict variables and
 * autoescaping on. Template errors name the template file and line.
 */
public final class PageRenderer {
    private final Project project;
    private final Site site;
    private final Diagnostics diagnostics;
    private final PebbleEngine engine;
    private final EditionContext shared;
    /** Whether the last page of each layout showed its reference list: the first guess for the next. */
    private final Map<String, Boolean> listShownByLayout = new java.util.concurrent.ConcurrentHashMap<>();
    private final FragmentChecker fragments;
    private final TemplateErrorLog templateErrors;
    /** The templates Pebble's parser throws on ({@link Templates#crashes}). */
    private List<String> crashes = List.of();
    /** The templates that did not compile ({@link Templates#failures}). */
    private java.util.SortedMap<String, PebbleException> failures = java.util.Collections.emptySortedMap();
    /** The calls that would fail when their line runs ({@link Templates#unknownNames}). */
    private List<TemplateNames.Finding> unknownNames = List.of();
    /** What the next page of each layout starts its writer with: its last page's length and a little more ({@link RenderLimits#writerStart}). */
    private final Map<String, Integer> pageSizeByLayout = new java.util.concurrent.ConcurrentHashMap<>();
    /** Templates already reported as rendering nothing (one message per template, not per page). */
    private final Set<String> emptyTemplates = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final KeptPages keptPages;
    /** The layouts in use, checked once each (set when the pages to render are known). */
    private LayoutCheck layouts;

    private PageRenderer(Project project, Site site, List<AnchorCheck> anchorChecks, Diagnostics diagnostics,
                         PebbleEngine engine, Set<String> rootFiles, InterfaceStrings strings, RenderMemory.Reuse reuse,
                         ModelDigest model) {
        this.project = project;
        this.site = site;
        this.diagnostics = diagnostics;
        this.engine = engine;
        this.fragments = new FragmentChecker(project, site, anchorChecks);
        this.templateErrors = new TemplateErrorLog(project);
        Map<String, Source> sources = new HashMap<>();
        site.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, folio.site.GlossaryTerm> terms = new HashMap<>();
        site.terms().forEach(t -> terms.put(t.id(), t));
        this.keptPages = KeptPages.of(reuse, model, project, site.config().edition().prefix(), rootFiles);
        this.shared = new EditionContext(new Partials(engine), Map.copyOf(sources), Map.copyOf(terms),
                SitePaths.rootPrefix(site.config().edition().prefix()), rootFiles, site,
                number -> strings.format(site.config().language(), "footnote.back", null, Map.of("n", number)), keptPages.model(),
                number -> tableName(strings, site.config().language(), number));
    }

    /** The English names of a table no heading names, where the theme gives none (table.name, table.numbered). */
    static final String TABLE_NAME = "Table";
    static final String TABLE_NUMBERED = "Table {n}";

    /**
     * The name of a Markdown table no heading names, in the theme's words ({@code table.name},
     * {@code table.numbered} with {@code n}), in English where the theme has none.
     */
    private static String tableName(InterfaceStrings strings, String language, int number) {
        return number == 0 ? strings.format(language, "table.name", null, Map.of()).orElse(TABLE_NAME)
                : strings.format(language, "table.numbered", null, Map.of("n", number))
                        .orElse(TABLE_NUMBERED.replace("{n}", String.valueOf(number)));
    }

    /** A page to render: the page record, its template and any extra variables. */
    private record Job(Page page, Map<String, Object> extra) {}

    /**
     * Renders every page, in parallel, with the engine from {@link Templates#prepare}, handing each finished
     * file to {@code sink} (which must be thread-safe) as soon as it is ready. Returns the output
     * paths of the pages, sorted. Builds that share an engine (serve) run one at a time.
     * {@code anchorChecks}: the fragments of the site's Markdown links, checked once every page
     * is rendered. For one language's site the output paths are relative to its folder;
     * {@code rootFiles} exist once at the site root and are linked there. A language other than
     * the default has no 404 page of its own: the default's serves every language. {@code strings}:
     * the theme's interface strings, read once a build. {@code model}: the site's digest, by which
     * pages are kept ({@code reuse}); null when nothing is.
     */
    public static List<String> render(Project project, Site site, List<AnchorCheck> anchorChecks, Diagnostics diagnostics,
                                      Consumer<RenderedFile> sink, Templates templates, InterfaceStrings strings,
                                      Set<String> rootFiles, RenderMemory.Reuse reuse, ModelDigest model) {
        Templates.Engine engine = templates.ready();
        engine.extension().useBaseUrl(site.config().baseUrl());
        engine.extension().useStrings(strings);
        PageRenderer renderer = new PageRenderer(project, site, anchorChecks, diagnostics, engine.pebble(), rootFiles, strings, reuse, model);
        renderer.crashes = templates.crashes();
        renderer.failures = templates.failures();
        renderer.unknownNames = templates.unknownNames();
        return renderer.renderAll(sink, engine.ownTextsOnly());
    }

    private List<String> renderAll(Consumer<RenderedFile> sink, boolean ownTextsOnly) {
        if (!Files.isDirectory(project.templates())) {
            diagnostics.error(project.display(project.templates()), 0, 0,
                    "templates directory not found: create it or pass --templates DIR");
            return List.of();
        }
        List<Job> jobs = new ArrayList<>();
        boolean defaultLanguage = site.config().edition().isDefault();
        site.pages().stream().filter(page -> defaultLanguage || !page.output().equals("404.html"))
                .forEach(page -> jobs.add(new Job(page, Map.of())));
        site.provisions().forEach(provision -> jobs.add(new Job(provision.page(), Map.of("provision", provision))));
        TextRelease release = TextRelease.plan(ownTextsOnly,
                jobs.stream().filter(job -> job.extra().isEmpty()).map(Job::page).toList(),
                jobs.stream().filter(job -> !job.extra().isEmpty()).map(Job::page).toList());
        layouts = new LayoutCheck(project, jobs.stream().map(job -> job.page().layout())
                .collect(java.util.stream.Collectors.toSet()));
        List<String> outputs = Collections.synchronizedList(new ArrayList<>());
        Parallel.forEach(jobs, job -> {
            if (keptPages.keep(job.page(), fragments, sink)) {
                outputs.add(job.page().output());
            } else {
                renderOne(job).ifPresent(file -> {
                    outputs.add(file.path());
                    sink.accept(file);
                });
            }
            release.written(job.page());
        });
        keptPages.finish(site);
        fragments.report(diagnostics);
        // A template no page uses is compiled all the same: its mistake is an error as in one a page uses.
        failures.forEach(templateErrors::addUnrendered);
        crashes.forEach(templateErrors::addUnrenderedCrash);
        // A call Pebble would refuse when its line runs, on a line no page ran (or in a template no page uses).
        unknownNames.forEach(templateErrors::addUnreached);
        templateErrors.report(diagnostics);
        List<String> sorted = new ArrayList<>(outputs);
        Collections.sort(sorted);
        return sorted;
    }

    private java.util.Optional<RenderedFile> renderOne(Job job) {
        Page page = job.page();
        String template = page.layout();
        String layoutProblem = layouts.problem(template);
        if (!layoutProblem.isEmpty()) {
            diagnostics.error(layoutPosition(page), layoutProblem);
            return java.util.Optional.empty();
        }
        String rootPrefix = page.output().equals("404.html") ? site.config().basePath() : SitePaths.rootPrefix(page.output());
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            PageContext pageContext = PageContext.page(rootPrefix, shared, listShownByLayout.computeIfAbsent(template, layouts::showsList));
            String html = evaluate(compiled, job, pageContext);
            PageContext again = pageContext.secondPass();
            if (again != null) {
                // Rare: the guess about the reference list was wrong for this page.
                pageContext = again;
                html = evaluate(compiled, job, pageContext);
            }
            listShownByLayout.put(template, pageContext.showedList());
            String glued = page.output().endsWith(".html") ? NoBreaks.html(html) : html;
            Typographer.Typeset typeset = Typographer.page(glued, site.config().language());
            html = typeset.html();
            if (html.isBlank()) {
                if (emptyTemplates.add(template)) {
                    diagnostics.error(project.display(project.templates().resolve(template + ".peb")), 1, 0,
                            "template rendered an empty page for " + page.sourcePath()
                                    + ": a template must write the page's HTML (is the file empty?)");
                }
                return java.util.Optional.empty();
            }
            RootRelativeLinks.check(project, html, page, template, rootPrefix, diagnostics);
            fragments.add(page, template, html, pageContext.textsWithIds());
            RenderedFile file = new RenderedFile(page.output(), typeset.bytes());
            keptPages.rendered(page, file, pageContext.reads(), fragments.rendered(page.output()));
            return java.util.Optional.of(file);
        } catch (PebbleException e) {
            templateErrors.add(e, template, page.sourcePath());
        } catch (RuntimeException e) {
            var twice = NameClash.metWhileRendering(e, project, failures);
            if (twice != null) {
                // The error of the template that defines it, which compiling it found: one error, at its line.
                templateErrors.add(twice.getValue(), twice.getKey(), page.sourcePath());
                return java.util.Optional.empty();
            }
            String crashed = PebbleCrashes.crashedTemplate(e, template, crashes);
            if (crashed != null) {
                templateErrors.addCrash(crashed, page.sourcePath());
                return java.util.Optional.empty();
            }
            if (!PebbleCrashes.thrownByPebble(e)) {
                throw e;
            }
            templateErrors.addWrongType(e, template, page.sourcePath());
        } catch (IOException e) {
            diagnostics.error(project.display(project.templates().resolve(template + ".peb")), 0, 0,
                    "cannot render: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    private String evaluate(PebbleTemplate compiled, Job job, PageContext pageContext) throws IOException {
        Map<String, Object> context = new HashMap<>(job.extra());
        context.put("site", site);
        context.put("page", job.page());
        context.put(PageContext.VARIABLE, pageContext);
        // Sized as the layout's last page was: a writer that starts small copies a page of tens of
        // kilobytes about ten times over while it grows.
        String layout = job.page().layout();
        StringWriter writer = new StringWriter(pageSizeByLayout.getOrDefault(layout, 4096));
        TemplateErrors.evaluate(compiled, layout, writer, context);
        pageSizeByLayout.put(layout, RenderLimits.writerStart(writer.getBuffer().length()));
        return writer.toString();
    }

    private SourcePosition layoutPosition(Page page) {
        return PageLayouts.position(project, page.sourcePath());
    }
}
