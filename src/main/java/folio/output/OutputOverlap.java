package folio.output;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an output folder really is, symbolic links followed, and what it would tangle with
 * there: the project, its content or templates folder (the theme's {@code static/} is inside
 * the latter), git's own folder, or a site an earlier build wrote ({@code site/inner}: the next
 * build into {@code site/} would refuse the files it did not write, and replacing it would
 * delete the inner site).
 */
final class OutputOverlap {
    private final Project project;
    private final Path realRoot;

    private OutputOverlap(Project project) {
        this.project = project;
        this.realRoot = real(project.root());
    }

    /** Why the build must not write to the project's output folder, for "it ...", or null. */
    static String why(Project project) {
        return new OutputOverlap(project).why();
    }

    private String why() {
        Path output = project.output();
        Path real = real(output);
        Path expected = output.startsWith(project.root()) ? realRoot.resolve(project.root().relativize(output)) : output;
        String via = real.equals(expected) ? "" : " (a symbolic link leads it to " + shown(real) + ")";
        if (real.getParent() == null) {
            return "is the filesystem root" + via;
        }
        Path content = real(project.content());
        Path templates = real(project.templates());
        for (Path source : new Path[] {realRoot, content, templates}) {
            if (source.equals(real)) {
                return "is " + (source.equals(realRoot) ? "the project folder" : "the " + shown(source) + "/ folder")
                        + " itself" + via + ", which the build would replace";
            }
            if (source.startsWith(real)) {
                return "contains " + (source.equals(realRoot) ? "the project folder" : shown(source) + "/, the project's sources")
                        + via + ", which the build would delete";
            }
        }
        for (Path source : new Path[] {content, templates}) {
            if (real.startsWith(source)) {
                return "is inside " + shown(source) + "/" + via + ", which the next build would read as input";
            }
        }
        for (Path folder = real; folder != null && !realRoot.startsWith(folder); folder = folder.getParent()) {
            if (folder.getFileName().toString().equals(".git")) {
                return (folder.equals(real) ? "is " : "is inside ") + shown(folder) + "/" + via + ", git's own record of the project, which a site "
                        + "written there would damage";
            }
            String site = folder.equals(real) ? null : builtSite(folder);
            if (site != null) {
                return "is inside " + shown(folder) + "/" + via + ", a site an earlier folio build wrote (" + site
                        + " shows it): its next build would refuse the files this one adds, and replacing it would "
                        + "delete them; build into a folder of its own beside it (--output " + shown(beside(folder))
                        + ", say), or into " + shown(folder) + "/ itself";
            }
        }
        return null;
    }

    /** What shows that folio built {@code folder} (its manifest, or the kept parses beside it), or null. */
    private String builtSite(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path manifest = folder.resolve(SiteManifest.NAME);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return shown(manifest);
        }
        Path parses = OutputWriter.parsesFile(folder);
        return Files.isRegularFile(parses, LinkOption.NOFOLLOW_LINKS) ? shown(parses) : null;
    }

    /** A folder beside {@code folder} for a new site: {@code site-2} beside {@code site}. */
    private static Path beside(Path folder) {
        String name = folder.getFileName().toString();
        for (int n = 2; ; n++) {
            Path candidate = folder.resolveSibling(name + "-" + n);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    /** {@code real} (a real path) as messages name it. */
    static String shownReal(Project project, Path real) {
        return new OutputOverlap(project).shown(real);
    }

    /** As messages name it: relative to the project when inside it (its real place), else absolute. */
    private String shown(Path real) {
        if (real.startsWith(realRoot) && !real.equals(realRoot)) {
            return project.display(project.root().resolve(realRoot.relativize(real)));
        }
        return real.equals(realRoot) ? "." : real.toString();
    }

    /**
     * The real place of {@code path}, which need not exist: the real path of its longest existing
     * part (every symbolic link in it followed), with the rest as written.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }
}
