package folio;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.project.ProjectTree;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The files a build copies as they are: templates/static/ and content/'s non-text files, by output path. */
final class CopiedFiles {
    private CopiedFiles() {}

    /** Every copied file by its output path; two files for one path are an error. */
    static Map<String, Path> collect(Project project, List<Path> contentAssets, Diagnostics diagnostics) {
        Map<String, Path> copies = new TreeMap<>();
        // The whole templates folder is walked, not only static/: a template or map file linked
        // from outside the project must stop the build before anything is rendered with it.
        for (ProjectTree.Entry entry : ProjectTree.walk(project, project.templates(), false, diagnostics)) {
            if (entry.relative().startsWith("static/")) {
                copies.put(entry.relative().substring("static/".length()), entry.file());
            }
        }
        for (Path file : contentAssets) {
            String path = contentPath(project, file);
            Path other = copies.putIfAbsent(path, file);
            if (other != null) {
                diagnostics.error(project.display(file), 0, 0, "both this file and " + project.display(other)
                        + " would be written to site/" + path + ": rename one");
            }
        }
        return copies;
    }

    /** The content assets' paths inside content/, which pages may link to. */
    static Set<String> contentPaths(Project project, List<Path> contentAssets) {
        Set<String> paths = new HashSet<>();
        contentAssets.forEach(file -> paths.add(contentPath(project, file)));
        return paths;
    }

    /** A copied file that would overwrite a generated one is an error. */
    static void checkCollisions(Project project, List<String> outputs, Map<String, Path> copies, Diagnostics diagnostics) {
        for (String output : outputs) {
            Path copy = copies.get(output);
            if (copy != null) {
                diagnostics.error(project.display(copy), 0, 0, "this file would overwrite the generated site/" + output
                        + ": rename or remove it");
            }
        }
    }

    private static String contentPath(Project project, Path file) {
        return project.content().relativize(file).toString().replace('\\', '/');
    }
}
