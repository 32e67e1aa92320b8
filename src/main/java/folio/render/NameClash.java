package folio.render;

import folio.project.Project;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A name a template gives twice: a macro defined twice, a {@code {% from "x" import m %}} over a macro the template
 * has, an {@code {% import "x" as m %}} of a name that holds another template. Pebble refuses each with a message
 * naming neither the file nor a line ("More than one macro can not share the same name: m"): thrown while compiling
 * (wrapped in a bare runtime exception, which read as a parser crash or, met through a feed, as a value misuse) or
 * while rendering (reported at the layout's first line). Each becomes an error at the line that gives the name again,
 * with what to do. A from or import tag that runs again (for the next page of a layout, in a loop, in a macro called
 * twice) imports what it did the first time: that is no clash, though Pebble refused it too (see FromTag.Names).
 */
final class NameClash {
    /** Pebble's message when a template has two macros of one name: it carries neither the file nor a line. */
    private static final String MACRO_TWICE = "More than one macro can not share the same name: ";
    private static final String NAMESPACE_TWICE = "More than one named template can not share the same name: ";

    private NameClash() {}

    /**
     * {@code e}, thrown while compiling the template {@code name} (its {@code file}), as an error at the second
     * {@code {% macro %}} of that name when the template defines a macro twice; else null.
     */
    static PebbleException macroDefinedTwice(Throwable e, Path file, String name) {
        String macro = twiceDefinedMacro(e);
        if (macro == null) {
            return null;
        }
        List<Integer> lines = definitions(TemplateLines.read(file), macro);
        int line = lines.size() > 1 ? lines.get(1) : 0;
        String first = lines.isEmpty() ? "" : " (first on line " + lines.get(0) + ")";
        return new PebbleException(null, definedTwice(macro) + " in this template" + first
                + ": rename one of them or remove it", line, name);
    }

    /**
     * The template that defines a macro twice, and its error (as {@link #macroDefinedTwice} gives it), when {@code e}
     * is that error met as a page or the feed includes or imports the template: one of {@code failures}
     * ({@link Templates#failures}), else the first file under templates/ that defines the macro twice (one the build
     * does not compile by itself, under templates/static/); null when {@code e} is another error.
     */
    static Map.Entry<String, PebbleException> metWhileRendering(RuntimeException e, Project project,
                                                                SortedMap<String, PebbleException> failures) {
        String macro = twiceDefinedMacro(e);
        if (macro == null) {
            return null;
        }
        String said = definedTwice(macro);
        for (Map.Entry<String, PebbleException> failure : failures.entrySet()) {
            String message = failure.getValue().getPebbleMessage();
            if (message != null && message.startsWith(said)) {
                return failure;
            }
        }
        Path templates = project.templates();
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(".peb")).sorted().toList()) {
                if (definitions(TemplateLines.read(file), macro).size() > 1) {
                    String relative = templates.relativize(file).toString().replace('\\', '/');
                    String name = relative.substring(0, relative.length() - ".peb".length());
                    return Map.entry(name, macroDefinedTwice(e, file, name));
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Reported as it is below.
        }
        return null;
    }

    /**
     * What the from tag on {@code line} of {@code self}, which imports {@code names} (name given, to the macro's name)
     * from {@code source}, throws when Pebble refused a name as one the template's macros already have: an error at
     * the tag saying to import it under another name; else {@code e} as it is.
     */
    static PebbleException importedOver(PebbleException e, PebbleTemplateImpl self, int line, String source,
                                        Map<String, String> names) {
        String message = e.getPebbleMessage();
        if (message == null || !message.startsWith(MACRO_TWICE) || e.getLineNumber() != null) {
            return e;
        }
        String name = message.substring(MACRO_TWICE.length());
        String macro = names.getOrDefault(name, name);
        if (source == null) {
            return new PebbleException(null, "this from tag names its template with an expression, and Pebble keeps the "
                    + "macros a from tag imports in the template, for every page it renders: the next page's import of '"
                    + name + "' finds the name taken: name the template in quotes ({% from \"partials/x\" import " + macro
                    + " %}), or import it as a namespace ({% import EXPRESSION as ns %}, then call ns." + macro + "())",
                    line, self.getName());
        }
        String from = "\"" + source + "\"";
        return new PebbleException(null, "this template already has a macro named '" + name + "' (a {% macro " + name
                + "(...) %} in it, or another {% from %} that imports one under that name), so this from tag cannot import "
                + "another: import it under a name of its own ({% from " + from + " import " + macro + " as " + macro
                + "2 %}, then call " + macro + "2()), or remove one of them", line, self.getName());
    }

    /**
     * Whether {@code alias} already names the template {@code name} in this evaluation (an import tag run again, in a
     * loop or a macro called twice); throws an error at the import tag on {@code line} of {@code importer} when it
     * names another template; false when it names none.
     */
    static boolean alreadyImported(PebbleTemplateImpl self, io.pebbletemplates.pebble.template.EvaluationContextImpl context,
                                   String name, String alias, String importer, int line) {
        PebbleTemplateImpl held = self.getNamedImportedTemplate(context, alias);
        if (held == null) {
            return false;
        }
        String wanted = stripped(self.resolveRelativePath(name));
        if (stripped(held.getName()).equals(wanted)) {
            return true;
        }
        throw new PebbleException(null, "'" + alias + "' already names the template \"" + stripped(held.getName())
                + "\", imported earlier in this template, so this import cannot give it to \"" + wanted + "\" (Pebble: "
                + NAMESPACE_TWICE + alias + "): import it under a name of its own ({% import \"" + wanted + "\" as "
                + alias + "2 %}, then call " + alias + "2.x())", line, importer);
    }

    private static String stripped(String name) {
        return name.endsWith(".peb") ? name.substring(0, name.length() - ".peb".length()) : name;
    }

    /** The lines of {@code text}'s {@code {% macro NAME(} tags. */
    private static List<Integer> definitions(String text, String macro) {
        List<Integer> lines = new ArrayList<>();
        Matcher tag = Pattern.compile("\\{%-?\\s*macro\\s+" + Pattern.quote(macro) + "\\s*\\(").matcher(text);
        while (tag.find()) {
            lines.add(TemplateLines.lineOf(text, tag.start()));
        }
        return lines;
    }

    /** How the error of {@link #macroDefinedTwice} begins, by which {@link #metWhileRendering} finds it again. */
    private static String definedTwice(String macro) {
        return "the macro '" + macro + "' is defined twice";
    }

    /** The name of the macro Pebble found defined twice, if that is what {@code e} (or its cause) says; else null. */
    private static String twiceDefinedMacro(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PebbleException pebble && pebble.getPebbleMessage() != null
                    && pebble.getPebbleMessage().startsWith(MACRO_TWICE)) {
                return pebble.getPebbleMessage().substring(MACRO_TWICE.length());
            }
        }
        return null;
    }
}
