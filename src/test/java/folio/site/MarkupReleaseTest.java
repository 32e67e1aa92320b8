package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.Markdown;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A released text keeps its headings' anchors: any page may ask whether another page has a
 * heading ({@code fragment}) while that page's text is let go on another thread.
 */
class MarkupReleaseTest {
    private static final String TEXT = "Intro.\n\n## How to report an error\n\nText.\n\n## Licence {#licence-and-reuse}\n\n"
            + "More.\n\n## How to report an error\n\nAgain.\n";

    private static Markup markup() {
        return Markup.of(Markdown.parse(TEXT, SourcePosition.of("content/about.md", 1), new Diagnostics()).document(), false);
    }

    @Test
    void headingsAreKnownAfterTheTreeIsReleased() {
        Markup text = markup();
        List<String> anchors = List.of("how-to-report-an-error", "how-to-report-an-error-1", "licence-and-reuse", "licence", "none");
        List<Boolean> before = anchors.stream().map(text::hasHeading).toList();
        assertEquals(List.of(true, true, true, false, false), before);
        text.release();
        assertEquals(before, anchors.stream().map(text::hasHeading).toList());
        assertThrows(IllegalStateException.class, text::document);
    }

    @Test
    void askingWhileAnotherThreadReleasesNeverFails() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        for (int round = 0; round < 2000; round++) {
            Markup text = markup();
            Thread reader = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        if (!text.hasHeading("licence-and-reuse")) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            reader.start();
            text.release();
            reader.join();
        }
        assertEquals(0, failures.get());
        assertFalse(markup().hasHeading("missing"));
        assertTrue(markup().hasHeading("licence-and-reuse"));
    }
}
