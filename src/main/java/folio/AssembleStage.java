package folio;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.diag.Progress;
import folio.i18n.Translations;
import folio.project.Project;
import folio.render.InterfaceStrings;
import folio.render.PlainText;
import folio.site.ConfigReader;
import folio.site.Language;
import folio.site.ModelWords;
import folio.site.RefusedIds;
import folio.site.Site;
import folio.site.SiteAssembler;
import folio.site.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The assemble stage of a {@link Build}: site.yaml, the translations, and the site in each language. */
final class AssembleStage {
    private AssembleStage() {}

    /**
     * The site in each language (the default first) with its links' fragments to check, the files
     * copied as they are (by output path), and the theme's interface strings (read once a build)
     * with the problems found in them, which the render stage reports.
     */
    record Assembled(List<SiteAssembler.Assembly> languages, Map<String, Path> copies, InterfaceStrings strings,
                    Diagnostics stringProblems) {
        Site site() {
            return languages.get(0).site();
        }
    }

    /**
     * Reads site.yaml (exit 2 when it is unusable), then assembles the site from the parsed
     * content, once per language: the default from the content as written, each other language
     * from its translations laid over it. The default language needs nothing from the
     * translations, so it is assembled on a thread of its own while they are read and the other
     * languages assembled. What each reports is kept apart and added as if they ran one after
     * the other: the translations' and the copied files' problems with the default language's,
     * then each other language's only while there are no errors.
     */
    static Assembled run(ContentParser.ParsedContent parsed, List<Path> assets, MarkdownCache markdown, Build.Options options,
                         Progress progress, Diagnostics diagnostics) throws BuildFailure {
        Project project = options.project();
        SiteConfig config = ConfigReader.read(parsed, options.baseUrl(), diagnostics)
                .orElseThrow(() -> new BuildFailure(true));
        stopOnErrors(diagnostics);
        progress.stage("assembling the site");
        // The words the model writes ("Point 21") and the keys link labels name come from the theme; its files'
        // problems are the render stage's to report.
        Diagnostics stringProblems = new Diagnostics();
        InterfaceStrings strings = InterfaceStrings.load(project, stringProblems,
                options.cache() == null ? null : options.cache().strings);
        Language first = config.languages().get(0);
        Diagnostics firstProblems = new Diagnostics();
        FutureTask<Optional<SiteAssembler.Assembly>> firstSite = new FutureTask<>(() ->
                assemble(parsed, first, config, assets, strings, markdown, options, firstProblems));
        Thread thread = new Thread(firstSite, "folio-assemble-" + first.code());
        thread.setDaemon(true);
        thread.start();

        Diagnostics translationProblems = new Diagnostics();
        RefusedIds refused = RefusedIds.of(parsed);
        Map<String, Translations.Resolution> translated = Translations.checkAll(parsed, options.translations(),
                refused::contains, translationProblems, options.cache() == null || !refused.isEmpty() ? null : options.cache().translations);
        Diagnostics copyProblems = new Diagnostics();
        Map<String, Path> copies = CopiedFiles.collect(project, assets, copyProblems);
        List<Diagnostics> othersProblems = new ArrayList<>();
        List<Optional<SiteAssembler.Assembly>> others = new ArrayList<>();
        for (Language language : config.languages().subList(1, config.languages().size())) {
            if (translationProblems.hasErrors() || copyProblems.hasErrors() || othersProblems.stream().anyMatch(Diagnostics::hasErrors)) {
                break;
            }
            ContentParser.ParsedContent content = translated.containsKey(language.code())
                    ? translated.get(language.code()).content() : Translations.overlay(parsed, language.code());
            Diagnostics problems = new Diagnostics();
            othersProblems.add(problems);
            others.add(assemble(content, language, config, assets, strings, markdown, options, problems));
        }
        Optional<SiteAssembler.Assembly> firstAssembly = join(firstSite);

        diagnostics.addAll(translationProblems);
        diagnostics.addAll(copyProblems);
        diagnostics.addAll(firstProblems);
        List<SiteAssembler.Assembly> languages = new ArrayList<>();
        languages.add(firstAssembly.orElseThrow(() -> new BuildFailure(false)));
        stopOnErrors(diagnostics);
        for (int i = 0; i < others.size(); i++) {
            diagnostics.addAll(othersProblems.get(i));
            languages.add(others.get(i).orElseThrow(() -> new BuildFailure(false)));
            stopOnErrors(diagnostics);
        }
        return new Assembled(List.copyOf(languages), copies, strings, stringProblems);
    }

    private static Optional<SiteAssembler.Assembly> assemble(ContentParser.ParsedContent content, Language language,
                                                             SiteConfig config, List<Path> assets, InterfaceStrings strings,
                                                             MarkdownCache markdown, Build.Options options, Diagnostics diagnostics) {
        ModelWords words = strings.wording(language.code());
        return SiteAssembler.assemble(content, language.isDefault() ? config.with(words) : config.in(language.with(words)),
                CopiedFiles.contentPaths(options.project(), assets), options.drafts(), PlainText::of,
                strings.keys(language.code()), markdown, diagnostics);
    }

    /** The default language's assembly; whatever its thread threw is thrown here, as if it ran on this one. */
    private static Optional<SiteAssembler.Assembly> join(FutureTask<Optional<SiteAssembler.Assembly>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assembling the site", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(false);
        }
    }
}
