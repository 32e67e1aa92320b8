package folio.render;

import folio.diag.Diagnostic;
import folio.project.Project;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a Pebble exception into a diagnostic at the template file and line, using its fields. A plain Java exception
 * from Pebble's code, which names no template, is {@link PebbleCrashes}'.
 */
final class TemplateErrors {
    private static final Pattern MISSING_TEMPLATE = Pattern.compile("templateName='([^']*)'");

    private TemplateErrors() {}

    /**
     * Where a template error is and what it says, without the page being rendered: the same
     * mistake met on many pages is one error. {@code compile} marks a syntax error, which belongs
     * to the template whatever page uses it.
     */
    record Located(String path, int line, int column, String message, boolean compile) {}

    /**
     * Evaluates {@code template} (named {@code name}). A template that calls itself without end
     * (an include, extends or macro with no way out, directly or through another template) fills
     * the thread's stack: that is a template error of {@code name}, not a crash; so is a file
     * longer than {@link RenderLimits#MAX_CHARACTERS}, and a value that outgrows the heap.
     */
    static void evaluate(PebbleTemplate template, String name, Writer out, Map<String, Object> variables)
            throws IOException {
        int depth = TemplateCalls.begin();
        try {
            template.evaluate(out, variables);
        } catch (PebbleException e) {
            throw RenderLimits.tooLong(e) ? RenderLimits.tooLongError(e, name) : e;
        } catch (StackOverflowError e) {
            throw new TemplateLoops.LoopException("this template, or a template it includes, extends or imports, calls itself "
                    + "without end (an include, extends or macro call that never stops): remove the loop, or put the "
                    + "call inside an {% if %} that ends it", name, TemplateCalls.overflowed(depth));
        } catch (OutOfMemoryError e) {
            // A value doubled in a loop fails at one allocation too big for the heap, which is left as it was.
            // A large site on a small heap fails here too (pages render in parallel, so on any page):
            // the message names both causes rather than blame the template alone.
            throw new PebbleException(null, "ran out of memory (" + e.getMessage() + "): a value this template, or a template "
                    + "it includes, builds in a loop grows without bound ({% set s = s ~ s %} or {% set l = l | merge(l) %} "
                    + "doubles it each time): check each {% set %} inside a {% for %}; if none grows, the site needs more "
                    + "memory than Java was given: build with a larger heap (FOLIO_JAVA_OPTS=-Xmx2g bin/folio build, or "
                    + "java -Xmx2g -jar target/folio.jar build)", null, name);
        } finally {
            TemplateCalls.end(depth);
        }
    }

    /** The diagnostic for one file rendered alone (feed.xml, sitemap.xml). */
    static Diagnostic toDiagnostic(PebbleException e, Project project, String template, String rendering) {
        Located at = locate(e, project, template);
        return Diagnostic.error(at.path(), at.line(), at.column(), !at.path().endsWith(".peb") ? at.message()
                : at.compile() ? "template error: " + at.message()
                : "template error while rendering " + rendering + ": " + at.message());
    }

    static Located locate(PebbleException e, Project project, String template) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ThemeFileException shape) {
                // The mistake is in the theme file (an interface string's key, the map's data), whatever page met it.
                return new Located(shape.at().path(), shape.at().line(), shape.at().column(), shape.getPebbleMessage(), true);
            }
        }
        if (e instanceof TemplateLoops.LoopException loop) {
            // One error where the loop closes, however many layouts lead into it: where it closed as the
            // templates ran (a macro's loop is found only so), else where their include, extends and import tags close one.
            TemplateCalls.Loop calls = loop.calls();
            java.util.Optional<TemplateLoops.Closing> closing = calls != null ? java.util.Optional.empty()
                    : TemplateLoops.from(project.templates(), template);
            if (calls != null && calls.closing().macro() != null) {
                return new Located(templatePath(project, calls.closing().template()), calls.line(), 0,
                        calls.macroMessage(), true);
            }
            if (calls != null && calls.closing().function() != null) {
                String function = calls.closing().function();
                return new Located(templatePath(project, calls.closing().template()), calls.closing().line(), 0, "this call of "
                        + function + " closes a loop: the partial it renders calls " + function + " again, without end, through "
                        + "every page that uses it: remove it, or put it inside an {% if %} that ends the loop", true);
            }
            if (calls != null) {
                closing = java.util.Optional.of(new TemplateLoops.Closing(TemplateLoops.strip(calls.closing().template()),
                        calls.closing().line()));
            }
            if (closing.isPresent()) {
                List<String> steps = TemplateLoops.steps(project.templates(), closing.get().template(), closing.get().line());
                return new Located(templatePath(project, closing.get().template()), closing.get().line(), 0, steps.isEmpty()
                        ? "this include, extends or import closes a loop: the template calls itself without end, through every "
                        + "page that uses it: remove it, or put it inside an {% if %} that ends the loop"
                        : "this include, extends or import closes a loop of " + steps.size() + " templates: "
                        + String.join(", ", steps) + ", and so on without end, through every page that uses them: remove one "
                        + "of these, or put it inside an {% if %} that ends the loop", true);
            }
        }
        String name = e.getFileName() == null ? template : e.getFileName();
        String file = name.endsWith(".peb") ? name : name + ".peb";
        Path path = Path.of(file);
        Path absolute = path.isAbsolute() ? path : project.templates().resolve(file);
        String shown = project.display(absolute);
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
        if (e instanceof RootAttributeNotFoundException || e instanceof AttributeNotFoundException) {
            message = message + " (templates may use only the variables and fields listed in docs/templates.md)";
        }
        if (e.getCause() != null && !(e.getCause() instanceof PebbleException) && e.getPebbleMessage() == null) {
            message = ValueMisuse.describe(e.getCause());
        }
        Matcher missing = MISSING_TEMPLATE.matcher(message);
        if (e instanceof LoaderException && missing.find()) {
            // Pebble's message holds the absolute loader path; name the missing file as the user wrote it.
            String wanted = missing.group(1);
            String wantedFile = wanted.endsWith(".peb") ? wanted : wanted + ".peb";
            Path there = project.templates().resolve(wantedFile);
            message = Files.isRegularFile(there) && !Files.isReadable(there)
                    // Pebble's loader says "not found" of a file it may not read.
                    ? "templates/" + wantedFile + " (named in an include, extends or import) cannot be read: permission denied; "
                    + "make the file readable (chmod a+r " + project.display(there) + ")"
                    : "no template templates/" + wantedFile + " (named in an include, extends or import): create it or fix the name";
            if (line == 0) {
                line = TemplateLines.lineContaining(TemplateLines.read(absolute), "\"" + wanted + "\"", "'" + wanted + "'");
            }
            if (line == 0) {
                // Named in a template the layout extends or includes: Pebble names only the layout.
                Optional<Path> naming = templateNaming(project, wanted);
                if (naming.isPresent()) {
                    shown = project.display(naming.get());
                    line = TemplateLines.lineContaining(TemplateLines.read(naming.get()), "\"" + wanted + "\"", "'" + wanted + "'");
                }
            }
        } else if (e instanceof ParserException) {
            String text = TemplateLines.read(absolute);
            int open = TemplateLines.unclosedDelimiter(text);
            Matcher lookingFor = LOOKING_FOR.matcher(message);
            int unended = lookingFor.find() ? TemplateLines.unclosedTag(text, lookingFor.group(1)) : 0;
            if (open > 0 && (line == 0 || open < line)) {
                message = "'{{' or '{%' opened on this line is never closed with '}}' or '%}' (Pebble said: "
                        + message + ")";
                line = open;
            } else if (unended > 0) {
                // Pebble names the end of the file, where it gave up; the tag to close is where it was opened.
                String tag = lookingFor.group(1);
                message = "{% " + tag + " %} opened on this line is never closed with {% end" + tag + " %} (Pebble said: "
                        + message + ")";
                line = unended;
            }
            if (message.startsWith(NAMED_METHOD_ARGUMENTS)) {
                // m.box(n=1): Pebble reads a call through a namespace as a Java method's, which takes no names.
                message = "a call through a namespace or of a field's method, like m.box(1), takes its arguments in order, "
                        + "without names: write m.box(1), or import the macro by its name with {% from \"...\" import box %} "
                        + "and call box(n=1) (Pebble said: " + message + ")";
            }
            String quote = TemplateLines.quoted(text, line, message);
            message = (quote.isEmpty() || !message.endsWith(".") ? message : message.substring(0, message.length() - 1)) + quote;
        }
        return new Located(shown, line, 0, message, e instanceof ParserException);
    }

    private static String templatePath(Project project, String template) {
        return project.display(project.templates().resolve(TemplateLoops.strip(template) + ".peb"));
    }

    /**
     * The first template file, in name order, whose include, extends, import, from or embed tag
     * names {@code wanted} as written; none when no file does (a name built by an expression).
     */
    static Optional<Path> templateNaming(Project project, String wanted) {
        Pattern tag = Pattern.compile("\\{%-?\\s*(?:include|extends|import|from|embed)\\s+([\"'])" + Pattern.quote(wanted) + "\\1");
        try (Stream<Path> walk = Files.walk(project.templates())) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".peb") && !file.startsWith(project.staticDir()))
                    .sorted().filter(file -> tag.matcher(TemplateLines.read(file)).find()).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static final String NAMED_METHOD_ARGUMENTS = "Can not use named arguments when calling a bean method";
    private static final Pattern LOOKING_FOR = Pattern.compile("looking for the \"end([a-z]+)\" tag");
}
