package folio.render;

import folio.diag.Diagnostic;
import folio.project.Project;
import folio.site.Page;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;

/** Turns a Pebble exception into a diagnostic at the template file and line, using its fields. */
final class TemplateErrors {
    private TemplateErrors() {}

    static Diagnostic toDiagnostic(PebbleException e, Project project, String template, Page page) {
        String name = e.getFileName() == null ? template : e.getFileName();
        String file = name.endsWith(".peb") ? name : name + ".peb";
        java.nio.file.Path path = java.nio.file.Path.of(file);
        String shown = path.isAbsolute() ? project.display(path) : project.display(project.templates().resolve(file));
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
        if (e instanceof RootAttributeNotFoundException || e instanceof AttributeNotFoundException) {
            message = message + " (templates may use only the variables and fields listed in docs/templates.md)";
        }
        if (e.getCause() != null && !(e.getCause() instanceof PebbleException) && e.getPebbleMessage() == null) {
            message = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        }
        return Diagnostic.error(shown, line, 0, "template error while rendering " + page.sourcePath() + ": " + message);
    }
}
