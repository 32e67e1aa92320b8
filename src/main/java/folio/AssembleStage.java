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
     * from its translations laid over it.
     */
    static Assembled run(ContentParser.ParsedContent parsed, List<Path> assets, MarkdownCache markdown, Build.Options options,
                         Progress progress, Diagnostics diagnostics) throws BuildFailure {
        Project project = options.project();
        SiteConfig config = ConfigReader.read(parsed, options.baseUrl(), diagnostics)
                .orElseThrow(() -> new BuildFailure(true));
        stopOnErrors(diagnostics);
        Map<String, Translations.Resolution> translated = Translations.checkAll(parsed, options.translations(),
                RefusedIds.of(parsed)::contains, diagnostics);
        progress.stage("assembling the site");
        Map<String, Path> copies = CopiedFiles.collect(project, assets, diagnostics);
        List<SiteAssembler.Assembly> languages = new ArrayList<>();
        // The words the model writes ("Point 21") and the keys link labels name come from the theme; its files'
        // problems are the render stage's to report.
        Diagnostics stringProblems = new Diagnostics();
        InterfaceStrings strings = InterfaceStrings.load(project, stringProblems);
        for (Language language : config.languages()) {
            ContentParser.ParsedContent content = language.isDefault() ? parsed
                    : translated.containsKey(language.code()) ? translated.get(language.code()).content()
                    : Translations.overlay(parsed, language.code());
            ModelWords words = strings.wording(language.code());
            languages.add(SiteAssembler.assemble(content, language.isDefault() ? config.with(words) : config.in(language.with(words)),
                    CopiedFiles.contentPaths(project, assets), options.drafts(), PlainText::of,
                    strings.keys(language.code()), markdown, diagnostics)
                    .orElseThrow(() -> new BuildFailure(false)));
            stopOnErrors(diagnostics);
        }
        return new Assembled(List.copyOf(languages), copies, strings, stringProblems);
    }

    private static void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(false);
        }
    }
}
