package folio.project;

import folio.diag.Diagnostics;
import folio.work.Parallel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The load stage: reads every Markdown and YAML file under the content directory, sorted by
 * path, and lists the other files (images and the like) to copy as they are.
 */
public final class SourceLoader {
    /** Files larger than this are refused: content this size is a mistake, not an article. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    public record Loaded(List<SourceFile> sources, List<Path> assets) {}

    private SourceLoader() {}

    /** A text file found by the walk, read afterwards. */
    private record Found(Path file, String relative, long size) {}

    public static Loaded load(Project project, Diagnostics diagnostics) {
        List<Found> texts = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        Path root = project.content();
        if (!Files.isDirectory(root)) {
            diagnostics.error(project.display(root), 0, 0,
                    "content directory not found: create it or pass --content DIR");
            return new Loaded(List.of(), List.of());
        }
        for (ProjectTree.Entry entry : ProjectTree.walk(project, root, true, diagnostics)) {
            String wrongCase = extensionCaseProblem(entry.relative());
            if (wrongCase != null) {
                // Neither read nor copied: as a page it would be published without its links
                // resolving, as a static file it would publish the editor's draft as it is.
                diagnostics.error(project.display(entry.file()), 1, 1, wrongCase);
            } else if (isText(entry.relative())) {
                texts.add(new Found(entry.file(), entry.relative(), entry.size()));
            } else {
                assets.add(entry.file());
            }
        }
        // Reading and decoding is most of this stage's time on large sites: both cores share it.
        List<SourceFile> sources = new ArrayList<>(Parallel.map(texts,
                found -> read(project, found.file(), found.relative(), found.size(), diagnostics)));
        sources.removeIf(java.util.Objects::isNull);
        sources.sort(Comparator.comparing(SourceFile::path));
        assets.sort(Comparator.naturalOrder());
        return new Loaded(List.copyOf(sources), List.copyOf(assets));
    }

    /**
     * A size over the limit in MB with one decimal, rounded up: 4 MB and one byte is "4.1", never
     * "4 MB, over the 4 MB limit".
     */
    public static String megabytesAbove(long bytes) {
        long tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    /**
     * A message when {@code relative} ends in .md, .yaml or .yml in other than lower case
     * ({@code page.MD}, {@code terms.Yaml}): links, translations and collections all name files
     * with lower-case extensions, so one such file would be half a page. Null when it is fine.
     */
    static String extensionCaseProblem(String relative) {
        int dot = relative.lastIndexOf('.');
        String extension = relative.substring(dot + 1);
        String lower = extension.toLowerCase(java.util.Locale.ROOT);
        if (dot < 0 || extension.equals(lower) || !(lower.equals("md") || lower.equals("yaml") || lower.equals("yml"))) {
            return null;
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return "the extension ." + extension + " must be lower case: rename the file to "
                + name.substring(0, name.length() - extension.length()) + lower;
    }

    static boolean isText(String relative) {
        String lower = relative.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static SourceFile read(Project project, Path file, String relative, long size,
                                   Diagnostics diagnostics) {
        String shown = project.display(file);
        if (size > MAX_FILE_BYTES) {
            diagnostics.error(shown, 0, 0, "file is " + megabytesAbove(size) + " MB, over the "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MB limit for a content file: split it into smaller files");
            return null;
        }
        try {
            String text = text(Files.readAllBytes(file), shown, diagnostics);
            return text == null ? null : new SourceFile(shown, relative, text);
        } catch (IOException e) {
            diagnostics.error(shown, 0, 0, describe(e, shown));
            return null;
        }
    }

    /** A file's text, decoded and normalised, or null (with a diagnostic) when it is not valid UTF-8 or holds a forbidden character. */
    public static String text(byte[] bytes, String shown, Diagnostics diagnostics) {
        // Most content files are printable ASCII, tabs and line feeds only: one pass over the
        // bytes shows there is nothing to decode, normalise or refuse (three passes over the text
        // otherwise, a tenth of the load stage at 10,000 pages).
        return plainAscii(bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : checkedText(bytes, shown, diagnostics);
    }

    static boolean plainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if ((b < 0x20 || b == 0x7F) && b != '\n' && b != '\t') {
                return false; // also every byte of a multi-byte sequence, which is negative
            }
        }
        return true;
    }

    static String checkedText(byte[] bytes, String shown, Diagnostics diagnostics) {
        // UTF-16 or UTF-32 fails either check below (its byte-order mark or its zero bytes): at the same line, its own message.
        String wide = WideUnicodeText.describe(bytes);
        String text = decode(bytes, shown, diagnostics, wide == null ? null : WideUnicodeText.message(wide, shown));
        if (text == null) {
            return null;
        }
        int forbidden = ForbiddenCharacters.indexIn(text);
        if (forbidden >= 0) {
            int[] at = ForbiddenCharacters.lineAndColumn(text, forbidden);
            if (wide != null) {
                diagnostics.error(shown, at[0], 0, WideUnicodeText.message(wide, shown));
            } else {
                diagnostics.error(shown, at[0], at[1], ForbiddenCharacters.message(text.codePointAt(forbidden)));
            }
            return null;
        }
        return StrayByteOrderMarks.reported(text, shown, diagnostics) ? null : text;
    }

    /**
     * Strict UTF-8: a wrong encoding is reported at its line instead of turning into '?', with
     * {@code otherEncoding} as the message when the encoding is known (null: "not valid UTF-8").
     */
    static String decode(byte[] bytes, String shown, Diagnostics diagnostics, String otherEncoding) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The String constructor is several times faster than a decoder and turns every malformed
        // sequence into U+FFFD: without one in the result the bytes were valid UTF-8.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return TextNormaliser.normalise(fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1); // UTF-8 never makes more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return TextNormaliser.normalise(out.flip().toString());
        }
        // The decoder stops at the first byte that is not UTF-8, with the text before it decoded: its line
        // and column are those of the text the build would read (CR LF and a lone CR each end one line).
        out.flip();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= out.length() || out.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        if (otherEncoding != null) {
            diagnostics.error(shown, line, 0, otherEncoding);
            return null;
        }
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < Math.min(result.length(), 4); i++) {
            found.append(found.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02X",
                    bytes[in.position() + i] & 0xFF));
        }
        diagnostics.error(shown, line, out.length() - lineStart + 1, "file is not valid UTF-8 at this byte (" + found
                + "): the file, or text pasted into it, was saved in another encoding, such as Windows-1252 or Latin-1; "
                + "save it with UTF-8 encoding");
        return null;
    }

    /** {@link #describe(IOException, String)} for a folder that could not be listed: it takes r and x to be read. */
    public static String describeFolder(IOException e, String shown) {
        return e instanceof AccessDeniedException ? "cannot read this folder: permission denied; make it readable (chmod a+rx "
                + shell(shown) + ")" : describe(e, shown);
    }

    /** Whether reading failed because the path is a folder (Linux: EISDIR, "Is a directory", as a plain IOException). */
    static boolean isFolderError(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException failed ? failed.getReason() : e.getMessage();
        return reason != null && reason.strip().equalsIgnoreCase("Is a directory");
    }

    /**
     * Why reading {@code shown} (the path as the report names it, project-relative) failed, and what to do: each
     * command to run names the file, so it can be pasted as it is.
     */
    public static String describe(IOException e, String shown) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: remove the link that points back to its own folder";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied; make the file readable (chmod a+r " + shell(shown) + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "file not found (a broken symbolic link?): remove it or fix the link";
        }
        if (isFolderError(e)) {
            return "this is a folder, where folio reads a file: remove the folder and put the file in its place "
                    + "(git checkout -- " + shell(shown) + " restores it if git keeps it)";
        }
        if (e instanceof java.nio.file.FileSystemException failed && failed.getReason() != null) {
            // The reason alone: the message repeats the file's absolute path, which the report already names.
            if (failed.getReason().contains("Too many levels of symbolic links")) {
                return "symbolic link loop: this link leads back to itself, directly or through other links: "
                        + "remove it or point it at a file";
            }
            return "cannot read: " + failed.getReason();
        }
        return "cannot read: " + e.getClass().getSimpleName().replace("Exception", "")
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** {@code path} as a shell reads it: quoted when it holds anything but letters, digits and {@code /._-}. */
    static String shell(String path) {
        return path.matches("[\\p{L}\\p{N}/._+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
