package folio.render;

import folio.site.Markup;
import folio.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lets each page's Markdown tree go once the pages that show it are written, keeping only the
 * start of its plain text for the search index ({@link PlainText#release}): the trees of every
 * page of a large site do not fit in memory together with what rendering makes. A text is let go
 * only when no template can show it on another page: every {@code contentHtml} in the theme is
 * the current page's ({@code page.contentHtml}, with {@code page} never bound to another page).
 * A theme that shows pages' texts elsewhere (a feed of whole articles) keeps every tree.
 */
final class TextRelease {
    static final TextRelease NONE = new TextRelease(Map.of());

    private static final Pattern OWN_TEXT = Pattern.compile("(?<![\\w.])page\\.contentHtml");
    /** {@code page} set, looped over, or passed in a map ({@code include ... with {"page": x}}). */
    private static final Pattern REBINDS_PAGE = Pattern.compile("\\b(?:set|for)\\s+(?:\\w+\\s*,\\s*)?page\\b|[\"']page[\"']\\s*:");
    private static final Pattern MACRO = Pattern.compile("\\{%-?\\s*macro\\s+\\w+\\s*\\(([^)]*)\\)(.*?)endmacro", Pattern.DOTALL);

    /** The texts still to be shown, with how many pages still show each. */
    private final Map<Markup, AtomicInteger> pending;

    private TextRelease(Map<Markup, AtomicInteger> pending) {
        this.pending = pending;
    }

    /**
     * {@code ownTextsOnly}: what {@link #ownTextsOnly(Path)} says of the theme; {@code pages}: the
     * pages the render stage writes, other than the provisions' (whose whole texts the open data
     * reads); {@code kept}: pages whose texts are never let go.
     */
    static TextRelease plan(boolean ownTextsOnly, List<Page> pages, List<Page> kept) {
        if (!ownTextsOnly) {
            return NONE;
        }
        Map<Markup, AtomicInteger> pending = new IdentityHashMap<>();
        for (Page page : pages) {
            if (page.contentHtml() != null) {
                pending.computeIfAbsent(page.contentHtml(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
        kept.forEach(page -> pending.remove(page.contentHtml()));
        return new TextRelease(pending);
    }

    /** The page is written: its text goes when no other page still to be written shows it. Thread-safe. */
    void written(Page page) {
        AtomicInteger left = page.contentHtml() == null ? null : pending.get(page.contentHtml());
        if (left != null && left.decrementAndGet() == 0) {
            PlainText.release(page.contentHtml());
        }
    }

    /** Whether every template shows only the text of the page it writes. */
    static boolean ownTextsOnly(Path templates) {
        if (!Files.isDirectory(templates)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".peb"))::iterator) {
                if (!ownTextsOnly(Files.readString(file))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static boolean ownTextsOnly(String template) {
        int uses = count(template, "contentHtml");
        if (uses == 0) {
            return true;
        }
        if (uses != count(OWN_TEXT.matcher(template)) || REBINDS_PAGE.matcher(template).find()) {
            return false;
        }
        Matcher macro = MACRO.matcher(template);
        while (macro.find()) {
            // Inside a macro, page is whatever the caller passed.
            if (Pattern.compile("\\bpage\\b").matcher(macro.group(1)).find() && macro.group(2).contains("contentHtml")) {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
