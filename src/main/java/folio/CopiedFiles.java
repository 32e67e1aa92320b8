package folio;

import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import folio.project.PortableNames;
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
        Set<Path> unseenFolders = new HashSet<>();
        // The whole templates folder is walked, not only static/: a template or map file linked
        // from outside the project must stop the build before anything is rendered with it.
        for (ProjectTree.Entry entry : ProjectTree.walk(project, project.templates(), false, diagnostics)) {
            if (entry.relative().startsWith("static/")) {
                String path = entry.relative().substring("static/".length());
                String leftover = leftover(path, "templates/static/");
                if (leftover != null) {
                    diagnostics.error(project.display(entry.file()), 0, 0, leftover);
                } else if (plainName(project, project.staticDir(), path, unseenFolders, diagnostics)) {
                    copies.put(path, entry.file());
                }
            }
        }
        for (Path file : contentAssets) {
            String path = contentPath(project, file);
            if (!plainName(project, project.content(), path, unseenFolders, diagnostics)) {
                continue;
            }
            String refused = refused(path);
            if (refused != null) {
                diagnostics.error(project.display(file), 0, 0, refused);
                continue;
            }
            Path other = copies.putIfAbsent(path, file);
            if (other != null) {
                diagnostics.error(project.display(file), 0, 0, "both this file and " + project.display(other)
                        + " would be written to site/" + path + ": rename one");
            }
        }
        return copies;
    }

    /**
     * Why a file of content/ that is not Markdown or YAML must not be copied into the site, or
     * null: a file in data/ (the build reads YAML there; anything else is an editor's note or
     * export, README's "What the build checks"), and what editors, git and the system leave
     * behind ({@link #leftover}).
     */
    static String refused(String path) {
        if (path.startsWith("data/")) {
            return "only YAML files belong in data/ (and Markdown in data/provisions/), and this one would be published "
                    + "as site/" + path + ": move it out of content/data/ (a file for readers goes beside the pages)";
        }
        String markdown = otherMarkdown(path);
        return markdown != null ? markdown : leftover(path, "content/");
    }

    /**
     * Why a file named with another of Markdown's extensions ({@code about.markdown}, which Jekyll
     * reads as a page) is refused, or null: folio reads pages from {@code .md} only, so the file
     * would be published as it is, front matter and all, and no page made of it.
     */
    static String otherMarkdown(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !MARKDOWN_ENDINGS.contains(name.substring(dot).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String md = path.substring(0, path.length() - name.length() + dot) + ".md";
        return "folio makes pages of .md files only, so this " + name.substring(dot) + " file would be published as it is, as "
                + "site/" + path + ", and no page made of it: rename it to content/" + md;
    }

    private static final Set<String> MARKDOWN_ENDINGS = Set.of(".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown");

    /**
     * Why a copied file (at {@code path} in the site, from {@code folder}) is a leftover no reader
     * should get, or null: the copies editors and git leave ({@code about.md.orig} after a merge,
     * {@code .bak}, {@code .rej}, Emacs's {@code #about.md#}), which would publish a draft, an
     * Office document's owner file ({@code ~$report.docx}, which holds the editor's name), and the
     * files Windows leaves in a folder ({@code Thumbs.db}, a cache of its pictures, deleted ones
     * too; {@code desktop.ini}).
     */
    static String leftover(String path, String folder) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String kind = null;
        for (String ending : LEFTOVERS) {
            kind = lower.endsWith(ending) ? ending : kind;
        }
        if (name.length() > 2 && name.startsWith("#") && name.endsWith("#")) {
            kind = "an editor's autosave, #...#";
        } else if (name.startsWith("~$")) {
            kind = "an Office document's owner file, ~$..., which holds the editor's name";
        } else if (SYSTEM_FILES.contains(lower)) {
            kind = "a file Windows keeps in a folder, " + name;
        }
        return kind == null ? null : "this looks like a " + (kind.startsWith(".") ? "copy" : "file") + " left behind (" + kind
                + "), and would be published as site/" + path + " for anyone to read: remove it, or keep it outside " + folder;
    }

    /**
     * False, after an error, when a part of {@code path} (under {@code folder}) is no name to
     * publish: a copied file is published under its name, as it is. A folder is reported once,
     * its files with it. Pages are held to {@link folio.site.UrlPath}'s stricter rule instead.
     */
    static boolean plainName(Project project, Path folder, String path, Set<Path> unseenFolders, Diagnostics diagnostics) {
        Path at = folder;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            at = at.resolve(parts[i]);
            boolean isFolder = i < parts.length - 1;
            if (PortableNames.problem(parts[i], isFolder) != null) {
                return false; // reported where the file was listed (ProjectTree), with the name to use
            }
            String problem = nameProblem(parts[i], isFolder ? "in the address of every file in it" : "in its address");
            if (problem == null) {
                continue;
            }
            if (!isFolder || unseenFolders.add(at)) {
                diagnostics.error(project.display(at), 0, 0, "the " + (isFolder ? "folder" : "file") + "'s name " + problem);
            }
            return false;
        }
        return true;
    }

    /**
     * What is wrong with a copied file's or folder's name, and what to do, or null: an invisible
     * character (a zero-width space, a right-to-left override, a soft hyphen, a no-break space, a
     * byte-order mark: the ones refused in ids and data file names), which no reader can see or
     * type in an address, or which makes it show other than it is ({@code photo} + U+202E +
     * {@code gpj.exe} reads as {@code photoexe.jpg}); a byte that is not UTF-8, which Java reads
     * as U+FFFD, so the copy would be published under another name; a space at the start, unseen
     * in an address. A space or '.' at the end is {@link PortableNames}'s, for every file.
     */
    static String nameProblem(String name, String where) {
        int invisible = InvisibleCharacters.indexIn(name);
        if (invisible >= 0) {
            String meant = InvisibleCharacters.without(name);
            return "holds an invisible " + InvisibleCharacters.describe(name.codePointAt(invisible)) + ", which would be "
                    + "published as it is, " + where + ", where no reader can see or type it: rename it without it"
                    + (meant.isEmpty() ? "" : " (" + meant + ")");
        }
        if (name.indexOf('\uFFFD') >= 0) {
            return "is not UTF-8: it holds a byte of another encoding (such as Latin-1's é), read as U+FFFD, so it "
                    + "would be published under another name than its own: rename it (type the name again)";
        }
        String trimmed = name.strip();
        if (!name.startsWith(" ") || trimmed.isEmpty()) {
            return null;
        }
        return "starts with a space, which would be published as it is, " + where + ", where no reader sees it: "
                + "rename it without it (" + trimmed + ")";
    }

    private static final List<String> LEFTOVERS = List.of(".orig", ".rej", ".bak", ".backup", ".old", ".tmp", ".swp");
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");

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
