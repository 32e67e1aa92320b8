package folio.render;

import folio.project.Project;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The build's Pebble engine with every template compiled: made on a thread of its own while the
 * content is loaded and assembled ({@link #prepare}), then used by the render stage. One engine
 * per build (or per preview session while no template changes); strict variables and
 * autoescaping on; templates load from the theme folder, then the built-in partials.
 */
public final class Templates {
    private final CompletableFuture<Engine> engine;
    private final Path folder;
    /** Set by {@link #compileAll} before {@link #engine} completes, which publishes it to the render threads. */
    private volatile List<String> crashes = List.of();
    /** Likewise: each template that did not compile, by name, with Pebble's error. */
    private volatile java.util.SortedMap<String, PebbleException> failures = java.util.Collections.emptySortedMap();
    /** Likewise: the calls that would fail when their line runs ({@link TemplateNames}). */
    private volatile List<TemplateNames.Finding> unknownNames = List.of();

    private Templates(CompletableFuture<Engine> engine, Path folder) {
        this.engine = engine;
        this.folder = folder;
    }

    /**
     * Whether the theme has a template for pages of this layout ({@code search} for
     * templates/search.peb); the built-in theme has no page layouts, only partials and the XML files.
     */
    public boolean hasLayout(String layout) {
        return Files.isRegularFile(folder.resolve(layout + ".peb"));
    }

    /**
     * Keeps one Pebble engine (with its compiled templates) across the builds of a preview
     * session, as long as no template file changed.
     */
    public static final class EngineCache {
        private String key;
        private Engine engine;

        synchronized Engine engine(Project project) {
            String current = TemplateStamp.of(project.templates());
            if (engine == null || !current.equals(key)) {
                engine = newEngine(project);
                key = current;
            }
            return engine;
        }
    }

    /**
     * A Pebble engine with folio's extension, kept at hand to load its data ahead of time,
     * whether every template shows only the text of the page it writes ({@link TextRelease}) and
     * the paths the templates name in {@code url()} ({@link TemplateFileLinks}): read from the
     * template files once, with them.
     */
    record Engine(PebbleEngine pebble, FolioExtension extension, boolean ownTextsOnly, List<TemplateFileLinks.Literal> fileLinks) {}

    private static Engine newEngine(Project project) {
        FolioExtension extension = new FolioExtension(project);
        return new Engine(new PebbleEngine.Builder().loader(new LineEndingLoader(new ThemeLoader(project.templates()), project.templates())).strictVariables(true)
                .autoEscaping(true).extension(extension).maxRenderedSize(RenderLimits.MAX_CHARACTERS)
                .registerExtensionCustomizer(core -> RenderLimits.customizer(core, extension.names())).build(), extension, TextRelease.ownTextsOnly(project.templates()),
                TemplateFileLinks.scan(project.templates()));
    }

    /**
     * Starts making the engine and compiling every template on a thread of its own. The engine
     * does not depend on the content, and in a short build most of its cost is the JVM loading
     * and first running Pebble's code: done beside load, parse and assembly, it is off the
     * critical path. A template that does not compile is left for the render stage to report
     * ({@link #failures}, {@link #crashes}), whether a page uses it or not.
     */
    public static Templates prepare(Project project, EngineCache cache) {
        CompletableFuture<Engine> future = new CompletableFuture<>();
        Templates templates = new Templates(future, project.templates());
        Thread thread = new Thread(() -> {
            try {
                Engine engine = cache == null ? newEngine(project) : cache.engine(project);
                java.util.TreeMap<String, PebbleException> failures = new java.util.TreeMap<>();
                templates.crashes = compileAll(project, engine.pebble(), failures);
                templates.failures = java.util.Collections.unmodifiableSortedMap(failures);
                // From the node trees the compile just made (or an earlier build's, with the engine kept).
                templates.unknownNames = engine.extension().names().check(engine.pebble().getExtensionRegistry(), engine.extension());
                // The map's boundary data takes a quarter of a second to read in a cold JVM.
                engine.extension().preload();
                // Autoescaping's first use sets up unbescape's entity tables (tens of ms, under a
                // class-initialisation lock every render thread would wait on): do it here.
                org.unbescape.html.HtmlEscape.escapeHtml4Xml("<&>");
                future.complete(engine);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "folio-templates");
        thread.setDaemon(true);
        thread.start();
        return templates;
    }

    /** The engine, once made. */
    PebbleEngine engine() {
        return ready().pebble();
    }

    /** The engine and folio's extension, once made; rethrows what stopped them being made. */
    Engine ready() {
        try {
            return engine.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The templates whose compiling made Pebble's own parser throw (see {@link #compileAll}), by
     * name without ".peb", in name order; empty until the engine is {@link #ready}.
     */
    List<String> crashes() {
        ready();
        return crashes;
    }

    /**
     * The templates that did not compile, by name without ".peb", with Pebble's error (a syntax
     * error, a forbidden character, nesting too deep), in name order: every template under
     * templates/, used or not, and the partials and XML files folio renders itself (the theme's
     * own, else the built-in ones); empty until the engine is {@link #ready}.
     */
    java.util.SortedMap<String, PebbleException> failures() {
        ready();
        return failures;
    }

    /**
     * The calls of a filter, test, function or macro in the compiled templates that would fail when their line
     * runs (no such name; too many arguments), in template and line order; empty until the engine is {@link #ready}.
     */
    List<TemplateNames.Finding> unknownNames() {
        ready();
        return unknownNames;
    }

    /**
     * Compiles every template and returns the names of those whose compiling made Pebble's own
     * code throw (an index past the end of its tokens: a {@code {% filter %}} never closed, a
     * {@code {{} that swallows the rest of a partial) instead of a {@link PebbleException} with a
     * file and line: such an exception names no template, and is met in the page that includes it.
     */
    private static List<String> compileAll(Project project, PebbleEngine engine, java.util.Map<String, PebbleException> failures) {
        java.util.TreeSet<String> crashes = new java.util.TreeSet<>();
        for (String partial : java.util.stream.Stream.concat(Partials.ALL.stream(), XmlFiles.TEMPLATES.stream()).toList()) {
            compile(project, engine, partial, crashes, failures);
        }
        Path templates = project.templates();
        if (!Files.isDirectory(templates)) {
            return List.copyOf(crashes);
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            walk.filter(file -> file.getFileName().toString().endsWith(".peb") && !file.startsWith(project.staticDir()))
                    .forEach(file -> {
                        String name = templates.relativize(file).toString().replace('\\', '/');
                        compile(project, engine, name.substring(0, name.length() - ".peb".length()), crashes, failures);
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            // The render stage reports an unreadable templates folder.
        }
        return List.copyOf(crashes);
    }

    private static void compile(Project project, PebbleEngine engine, String name, java.util.Set<String> crashes,
                                java.util.Map<String, PebbleException> failures) {
        try {
            engine.getTemplate(name);
        } catch (PebbleException e) {
            // Reported by the render stage, with its file and line, once: where a page met it, or as it is.
            failures.put(name, e);
        } catch (RuntimeException e) {
            PebbleException twice = NameClash.macroDefinedTwice(e, project.templates().resolve(name + ".peb"), name);
            if (twice != null) {
                failures.put(name, twice);
                return;
            }
            // No stack trace: the JIT dropped it (PebbleCrashes.crashedTemplate), in a JVM that has compiled it often.
            if (PebbleCrashes.thrownByPebble(e) || e.getStackTrace().length == 0) {
                crashes.add(name);
            }
        }
    }
}
