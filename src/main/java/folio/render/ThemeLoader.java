package folio.render;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Templates from the theme's folder; a template the theme does not have (a partial folio
 * renders, see {@link Partials}) comes from the built-in copy under {@code folio/theme/} in the jar.
 */
final class ThemeLoader implements Loader<String> {
    private final FileLoader files;
    private final ClasspathLoader builtIn;

    ThemeLoader(Path templates) {
        files = new FileLoader(templates.toString());
        files.setSuffix(".peb");
        builtIn = new ClasspathLoader(ThemeLoader.class.getClassLoader());
        builtIn.setPrefix("folio/theme");
        builtIn.setSuffix(".peb");
    }

    private Loader<String> holding(String name) {
        return !files.resourceExists(name) && builtIn.resourceExists(name) ? builtIn : files;
    }

    @Override
    public Reader getReader(String cacheKey) {
        return holding(cacheKey).getReader(cacheKey);
    }

    @Override
    public void setCharset(String charset) {
        files.setCharset(charset);
        builtIn.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        // The folders are fixed: the theme's own and the built-in one.
    }

    @Override
    public void setSuffix(String suffix) {
        // Always .peb.
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return files.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return files.resourceExists(templateName) || builtIn.resourceExists(templateName);
    }
}
