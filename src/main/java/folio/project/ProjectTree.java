package folio.project;

import folio.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way folio lists the files of content/ and templates/. Symbolic links are followed only
 * while their real target stays inside the project (the working folder, or the content or
 * templates folder itself): a link to {@code /etc/passwd} or {@code /proc/self/environ} would
 * otherwise be published with the site. Special files (FIFOs, devices, sockets) are reported
 * rather than skipped, since reading a FIFO blocks and a device can be endless.
 */
public final class ProjectTree {
    /** A regular file found by the walk: its path as found (through any link), path relative to the walked folder, size. */
    public record Entry(Path file, String relative, long size) {}

    private final Project project;
    private final Diagnostics diagnostics;
    private final boolean skipHidden;
    private final List<Path> allowedRoots;
    private final List<Entry> entries = new ArrayList<>();
    /** Whether the walk is of the theme (templates/), whose static/ files may have any name. */
    private boolean theme;

    private ProjectTree(Project project, Diagnostics diagnostics, boolean skipHidden) {
        this.project = project;
        this.diagnostics = diagnostics;
        this.skipHidden = skipHidden;
        this.allowedRoots = realPaths(project.root(), project.content(), project.templates());
    }

    /**
     * Every regular file under {@code folder}, in directory order (callers sort as they need).
     * Problems (links out of the project, broken links, loops, special files, unreadable folders)
     * become diagnostics; the walk goes on past them so one build reports them all.
     */
    public static List<Entry> walk(Project project, Path folder, boolean skipHidden, Diagnostics diagnostics) {
        ProjectTree tree = new ProjectTree(project, diagnostics, skipHidden);
        tree.theme = folder.equals(project.templates());
        if (Files.isDirectory(folder)) {
            tree.walkFolder(folder, "", new HashSet<>());
        }
        return tree.entries;
    }

    /** Editors' backup and hidden files (.git, .DS_Store, notes.md~) are not part of the site. */
    public static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && (name.toString().startsWith(".") || name.toString().endsWith("~"));
    }

    private void walkFolder(Path folder, String relative, Set<Path> ancestors) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            diagnostics.error(project.display(folder), 0, 0, SourceLoader.describeFolder(e, project.display(folder)));
            return;
        }
        if (!ancestors.add(real)) {
            diagnostics.error(project.display(folder), 0, 0,
                    "symbolic link loop: remove the link that points back to its own folder");
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            diagnostics.error(project.display(folder), 0, 0, SourceLoader.describeFolder(e, project.display(folder)));
        }
        Map<String, String> twins = PortableNames.twins(children.stream().map(child -> child.getFileName().toString())
                .toList());
        for (Path child : children) {
            if (!(skipHidden && hidden(child)) && plainName(child, twins)) {
                visit(child, relative.isEmpty() ? child.getFileName().toString()
                        : relative + "/" + child.getFileName(), ancestors);
            }
        }
        ancestors.remove(real);
    }

    /**
     * False, after an error, for a file or folder whose name holds a control character (a line
     * break, a tab, ESC): such a name cannot be a web address, shown in one line of a report or
     * typed; a folder's files are left unread with it. A name that a copy of the project or the
     * site could not hold ({@link PortableNames}: {@code con.png}, {@code a:b.png}, {@code notes.}, a name over
     * 200 bytes, one that differs from another beside it only in case: {@code twins}) is an error
     * too, but its file is still read, so nothing that names it is reported as missing (the build
     * stops after reading, before anything names it).
     */
    private boolean plainName(Path child, Map<String, String> twins) {
        String name = child.getFileName().toString();
        int control = CharacterNames.controlIndex(name);
        // Whether a name has a problem does not depend on whether it is a folder's, only the message's words do:
        // asking the file system (a stat per file of the site) only for a name with a problem.
        String problem = control >= 0 || PortableNames.problem(name, false) == null ? null
                : PortableNames.problem(name, Files.isDirectory(child));
        if (control < 0 && problem == null && twins.containsKey(name)) {
            problem = PortableNames.twinProblem(name, twins.get(name), Files.isDirectory(child));
        }
        if (control < 0 && problem == null) {
            return true;
        }
        String what = "the name of this " + (Files.isDirectory(child) ? "folder" : "file");
        if (problem != null) {
            diagnostics.error(project.display(child), 0, 0, what + " " + problem);
            return true;
        }
        diagnostics.error(project.display(child), 0, 0, what + " has " + CharacterNames.describe(name.charAt(control))
                + ": rename it without it (a name of letters, digits, '-', '_' and '.' suits every page address)");
        return false;
    }

    private void visit(Path path, String relative, Set<Path> ancestors) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                Path target = linkTarget(path);
                if (target == null) {
                    return;
                }
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            diagnostics.error(project.display(path), 0, 0, SourceLoader.describe(e, project.display(path)));
            return;
        }
        if (attributes.isDirectory()) {
            String fileName = fileName(relative);
            if (fileName != null) {
                diagnostics.error(project.display(path), 0, 0, "this is a folder, but its name ends in "
                        + fileName + ", so folio reads it as a file" + (relative.equals("site.yaml")
                        ? " (site.yaml, the site's settings)" : "") + ": remove the folder or rename it, and write the "
                        + (relative.equals("site.yaml") ? "settings" : "file") + " in its place");
                return;
            }
            walkFolder(path, relative, ancestors);
        } else if (attributes.isRegularFile()) {
            String folder = FolderPlaces.problem(relative, theme);
            if (folder != null) {
                diagnostics.error(project.display(path), 1, 1, folder);
                return;
            }
            entries.add(new Entry(path, relative, attributes.size()));
        } else {
            diagnostics.error(project.display(path), 0, 0, "not a regular file (a FIFO, device or socket): "
                    + "folio reads only ordinary files and folders; remove it");
        }
    }

    /**
     * The file extension folio reads files by (.md, .yaml, .yml, .peb) when a folder's name ends
     * in one, else null: a folder content/site.yaml, templates/base.peb or data/terms.yaml was
     * read as no file at all ("site.yaml not found", a glossary with no terms). The theme's
     * static/ files are copied as they are, so any name goes there.
     */
    private String fileName(String relative) {
        if (theme && relative.startsWith("static/")) {
            return null;
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        for (String extension : List.of(".md", ".yaml", ".yml", ".peb")) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                return extension;
            }
        }
        return null;
    }

    /** The real target of a link when it is inside the project; otherwise a diagnostic and null. */
    private Path linkTarget(Path link) throws IOException {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            diagnostics.error(project.display(link), 0, 0,
                    "broken symbolic link (its target does not exist): remove it or fix the link");
            return null;
        }
        for (Path root : allowedRoots) {
            if (target.startsWith(root)) {
                return target;
            }
        }
        diagnostics.error(project.display(link), 0, 0, "symbolic link to " + target
                + ", outside the project: folio never reads files outside the project, so nothing there "
                + "can be published by mistake; copy the file into the project instead of linking to it");
        return null;
    }

    private static List<Path> realPaths(Path... folders) {
        List<Path> real = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Path path = folder.toRealPath();
                if (path.getParent() != null) { // a project at / would allow every file
                    real.add(path);
                }
            } catch (IOException e) {
                // A missing folder allows nothing; the build reports it as missing elsewhere.
            }
        }
        return List.copyOf(real);
    }
}
