package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one pass before parsing ({@link MarkdownLimits#scan}) finds what the separate searches it
 * replaces found: the same limit problem at the same index, and the same answers to "may it hold
 * an autolink, a {@code &#}, a {@code {#}?" and to "does it contain each string a check after
 * parsing looks for?" ({@link MarkdownLimits.Mark}). The searches are written out below as they were.
 */
class MarkdownScanTest {
    private static boolean isMarkup(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '\n', '[', ']', '<', '>', '*', '_', '`', '!', '&', '\\', '|', '#', '-', '+', '=', '~', ':', '@' -> true;
            case '.', ')' -> i > 0 && Character.isDigit(text.charAt(i - 1));
            default -> false;
        };
    }

    /** The limit check as a separate pass: "ok", or the problem's first words and index. */
    private static String separateLimitCheck(String text) {
        int markup = 0;
        long angleWork = 0;
        int paragraphStart = 0;
        int angles = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isMarkup(text, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (++markup > MarkdownLimits.MAX_MARKUP) {
                return "more than @" + i;
            }
            if (c == '<') {
                angles++;
            } else if (c == '\n' && (i + 1 >= text.length() || text.charAt(i + 1) == '\n')) {
                angleWork += (long) angles * (i - paragraphStart);
                angles = 0;
                paragraphStart = i;
            }
        }
        angleWork += (long) angles * (text.length() - paragraphStart);
        return angleWork > MarkdownLimits.MAX_ANGLE_WORK ? "too many @0" : "ok";
    }

    private static String separateSearches(String text) {
        StringBuilder marks = new StringBuilder();
        for (String searched : new String[] {"[^", "][", "](", "<!--", "##", "|"}) {
            // The comment check looks for HTML's other hidden forms too: a processing instruction, a CDATA section.
            boolean found = text.contains(searched) || searched.equals("<!--") && (text.contains("<?") || text.contains("<!["));
            marks.append(found ? '1' : '0');
        }
        return separateLimitCheck(text) + " " + Markdown.mayHaveAutolinks(text) + " " + text.contains("&#") + " "
                + text.contains("{#") + " " + marks;
    }

    private static String onePass(String text) {
        MarkdownLimits.Scan scan = MarkdownLimits.scan(text);
        List<String> problem = new ArrayList<>();
        boolean ok = scan.withinLimits((message, index) -> problem.add(String.join(" ",
                java.util.Arrays.copyOf(message.split(" "), 2)) + " @" + index));
        StringBuilder marks = new StringBuilder();
        for (MarkdownLimits.Mark mark : MarkdownLimits.Mark.values()) {
            marks.append(scan.has(mark) ? '1' : '0');
        }
        return (ok ? "ok" : problem.get(0)) + " " + scan.autolinkTriggers() + " " + scan.numericEntity() + " " + scan.headingId()
                + " " + marks;
    }

    private static void assertAgrees(String text) {
        assertEquals(separateSearches(text), onePass(text), () -> text.length() > 200 ? text.substring(0, 200) : text);
    }

    @Test
    void randomTextsOfTheCharactersTheSearchesLookAtAgree() {
        String[] pieces = {"w", "ww", "www", ":", "://", "/", "@", "&", "&#", "#", "\\", "{", "{#", "}", "\n", "\n\n", "<",
            "<!", "<!-", "<!--", "-->", "<?", "?", "<![", "[^", "][", "](", "##",
            "1.", "1)", ".", ")", "a", "Z", " ", "x", "[", "]", "*", "_", "`", "!", "|", "-", "+", "=", "~", ">", "Я", "٣)",
            "\uD83D\uDE00", "\t", "9"};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(16);
            for (int i = 0; i < parts; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertAgrees(text.toString());
        }
    }

    @Test
    void theLimitsAreFoundAtTheSamePlaceAtTheirEdges() {
        int max = MarkdownLimits.MAX_MARKUP;
        assertAgrees("[".repeat(max));
        assertAgrees("[".repeat(max + 1));
        assertAgrees("intro www &#1; {#x}\n" + "*".repeat(max + 5) + " www");
        assertAgrees("a1.".repeat(max / 2) + "1)".repeat(max / 2 + 1));
        assertAgrees("<".repeat(10_000) + "a".repeat(10_000));
        assertAgrees("<".repeat(10_000) + "a".repeat(10_001));
        assertAgrees("<".repeat(10_000) + "a".repeat(10_001) + "\n\n" + "<".repeat(10) + "b");
        assertAgrees(("<".repeat(5_000) + "a".repeat(15_000) + "\n\n").repeat(3));
    }

    @Test
    void theRealSitesTextsAgree() throws Exception {
        java.nio.file.Path content = java.nio.file.Path.of("content");
        try (var files = java.nio.file.Files.walk(content)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                String text = java.nio.file.Files.readString(file);
                assertAgrees(text);
                for (String line : text.split("\n")) {
                    assertAgrees(line);
                }
            }
        }
    }
}
