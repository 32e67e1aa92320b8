package folio.project;

import java.nio.file.Path;

/**
 * Where a build reads and writes. {@code root} is the directory paths in diagnostics are
 * relative to (the working directory); the others are absolute and normalised.
 */
public record Project(Path root, Path content, Path templates, Path output) {

    public static Project of(Path root, Path content, Path templates, Path output) {
        Path base = root.toAbsolutePath().normalize();
        return new Project(base, base.resolve(content).normalize(),
                base.resolve(templates).normalize(), base.resolve(output).normalize());
    }

    /** The path users see in messages: relative to the root when inside it, forward slashes (on Windows too). */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        // On Windows only: elsewhere '\\' is a letter of a name (back\\slash.png, refused by PortableNames), not a separator.
        return java.io.File.separatorChar == '\\' ? shown.toString().replace('\\', '/') : shown.toString();
    }

    public Path staticDir() {
        return templates.resolve("static");
    }

    public Path siteConfig() {
        return content.resolve("site.yaml");
    }
}
