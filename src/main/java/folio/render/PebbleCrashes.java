package folio.render;

import folio.project.Project;
import io.pebbletemplates.pebble.error.PebbleException;
import java.nio.file.Path;

/**
 * Plain Java exceptions from Pebble's own code, which carry no template or line: an operator or filter given a value
 * of a type it cannot take ({@link #thrownByPebble}), and Pebble's parser running past the end of a template it
 * compiles ({@link #crashedTemplate}, {@link Templates#crashes}). Each is told as a template error of the template
 * that must have caused it, at the line where it most likely is.
 */
final class PebbleCrashes {
    private PebbleCrashes() {}

    /**
     * A plain Java exception from Pebble's own code: an operator or filter met a value of a type it
     * cannot take ({@code -page.title} parses the title as a number). Pebble gives it no line.
     */
    static boolean thrownByPebble(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith("io.pebbletemplates.");
            }
        }
        return false;
    }

    /**
     * The template among {@code crashes} (see {@link Templates#crashes}) that {@code e}, met while
     * rendering with the layout {@code template}, came from, or null when it did not come from
     * compiling one: {@code e} was thrown by Pebble's lexer or parser, or has no stack trace at all
     * (the JIT drops the trace of an exception thrown often at one place, as in a preview session
     * that compiles the same broken partial on every build). The layout itself if it is one, else
     * the first in name order: Pebble does not say which template it was compiling.
     */
    static String crashedTemplate(RuntimeException e, String template, java.util.List<String> crashes) {
        if (crashes.isEmpty()) {
            return null;
        }
        boolean parsing = e.getStackTrace().length == 0;
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            parsing |= type.startsWith("io.pebbletemplates.pebble.parser.") || type.startsWith("io.pebbletemplates.pebble.lexer.")
                    || type.startsWith("io.pebbletemplates.pebble.tokenParser.");
        }
        return !parsing ? null : crashes.contains(template) ? template : crashes.get(0);
    }

    /** Tags whose end tag Pebble's parser looks for to the end of the file. */
    private static final java.util.List<String> PAIRED_TAGS = java.util.List.of("autoescape", "block", "cache", "embed", "filter",
            "for", "if", "macro", "parallel", "verbatim");

    /**
     * Where the template {@code name} (one of {@link Templates#crashes}) fails to compile: a
     * {@code {{} or {@code {%} never closed, else the last paired tag never ended, else the file.
     */
    static TemplateErrors.Located crash(Project project, String name) {
        Path file = project.templates().resolve(name + ".peb");
        String text = TemplateLines.read(file);
        int open = TemplateLines.unclosedDelimiter(text);
        String message;
        int line;
        if (open > 0) {
            line = open;
            message = "'{{' or '{%' opened on this line is never closed with '}}' or '%}'";
        } else {
            line = 0;
            String tag = null;
            for (String paired : PAIRED_TAGS) {
                int at = TemplateLines.unclosedTag(text, paired);
                if (at > line) {
                    line = at;
                    tag = paired;
                }
            }
            message = tag != null ? "{% " + tag + " %} opened on this line is never closed with {% end" + tag + " %}"
                    : "Pebble's parser ran past the end of this template: close every {% tag %} that has an end tag "
                    + "({% if %} with {% endif %}, ...) and every '{{' and '{%'";
        }
        return new TemplateErrors.Located(project.display(file), line, 0, message + TemplateLines.quoted(text, line, message), true);
    }

    /** {@code e}, which {@link #thrownByPebble} accepted, as a template error of {@code template}. */
    static PebbleException fromPebble(RuntimeException e, String template) {
        return new PebbleException(e, ValueMisuse.describe(e) + " (by an operator, filter or test in this template, or a "
                + "template it includes: check what it is given)", null, template);
    }
}
