package folio.render;

import folio.project.ForbiddenCharacters;
import folio.project.TextNormaliser;
import folio.project.WideUnicodeText;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads templates through another loader with line endings turned into {@code \n}, so a
 * template saved with CRLF gives the same site as one saved with LF; a forbidden character
 * ({@link ForbiddenCharacters}) is refused at its line, and so is nesting past {@link TemplateNesting}'s limits.
 */
final class LineEndingLoader implements Loader<String> {
    private final Loader<String> delegate;
    /** The theme's folder, to read a template's bytes when its text is not UTF-8 (null: not known). */
    private final Path templates;

    LineEndingLoader(Loader<String> delegate, Path templates) {
        this.delegate = delegate;
        this.templates = templates;
    }

    @Override
    public Reader getReader(String cacheKey) {
        try (Reader reader = delegate.getReader(cacheKey)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read; (read = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, read);
            }
            String normalised = TextNormaliser.normalise(text.toString());
            int replaced = normalised.indexOf('\uFFFD');
            if (replaced >= 0) {
                // The reader put U+FFFD for bytes that are not UTF-8 (Latin-1, UTF-16): every page would show it.
                int[] at = ForbiddenCharacters.lineAndColumn(normalised, replaced);
                throwIfUtf16(cacheKey, at[0]);
                throw new PebbleException(null, "this template is not valid UTF-8 here (column " + at[1] + "): save it with "
                        + "UTF-8 encoding (a U+FFFD replacement character written on purpose: write &#xFFFD; instead)", at[0], cacheKey);
            }
            int forbidden = ForbiddenCharacters.indexIn(normalised);
            if (forbidden >= 0) {
                int[] at = ForbiddenCharacters.lineAndColumn(normalised, forbidden);
                throwIfUtf16(cacheKey, at[0]);
                throw new PebbleException(null, ForbiddenCharacters.message(normalised.codePointAt(forbidden))
                        + " (column " + at[1] + ")", at[0], cacheKey);
            }
            int mark = folio.project.StrayByteOrderMarks.indexIn(normalised, true);
            if (mark >= 0) {
                int[] at = ForbiddenCharacters.lineAndColumn(normalised, mark);
                throw new PebbleException(null, folio.project.StrayByteOrderMarks.MESSAGE + " (column " + at[1] + ")", at[0],
                        cacheKey);
            }
            TemplateNesting.Problem deep = TemplateNesting.problem(normalised);
            if (deep != null) {
                // Before Pebble reads it: its parser would run out of stack, a crash with no line.
                throw new ParserException(null, deep.message(), ForbiddenCharacters.lineAndColumn(normalised, deep.index())[0],
                        cacheKey);
            }
            return new StringReader(normalised);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + cacheKey + ": " + e.getMessage());
        }
    }

    /**
     * A template saved as UTF-16 (an editor's "Unicode") reads as bytes that are not UTF-8, or as
     * NUL characters between the letters: say so, and how to save it as UTF-8, as for a page.
     */
    private void throwIfUtf16(String cacheKey, int line) {
        if (templates == null) {
            return;
        }
        Path file = templates.resolve(cacheKey + ".peb");
        try {
            String encoding = Files.isRegularFile(file) ? WideUnicodeText.describe(Files.readAllBytes(file)) : null;
            if (encoding != null) {
                throw new PebbleException(null, WideUnicodeText.message(encoding, "templates/" + cacheKey + ".peb"), line, cacheKey);
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // Unreadable now: the message about its text stands.
        }
    }

    @Override
    public void setCharset(String charset) {
        delegate.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        delegate.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        delegate.setSuffix(suffix);
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return delegate.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String templateName) {
        return delegate.createCacheKey(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return delegate.resourceExists(templateName);
    }
}
