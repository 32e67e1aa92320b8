package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The terminal's progress line, painted by hand against a clock the test moves. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(5 * SECOND);

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortBuildShowsNothingAndALongOneItsStageAndCount() {
        ProgressLine line = new ProgressLine(out, now::get, SECOND);
        line.stage("parsing 3 files");
        line.counted("rendering", 3, "pages");
        line.advance();
        now.addAndGet(SECOND - 1);
        line.tick();
        assertEquals("", out());
        now.addAndGet(1);
        line.tick();
        assertEquals("\rrendering 1/3 pages", out());
    }

    @Test
    void countsAreGroupedAndAShorterLineCoversTheLongerOne() {
        ProgressLine line = new ProgressLine(out, now::get, 0);
        line.counted("rendering", 10_000, "pages");
        for (int i = 0; i < 4_210; i++) {
            line.advance();
        }
        line.tick();
        line.stage("writing the site");
        line.advance(); // not a counted stage: nothing changes, nothing is painted again
        line.tick();
        assertEquals("\rrendering 0/10,000 pages\rrendering 4,210/10,000 pages"
                + "\rwriting the site" + " ".repeat("rendering 4,210/10,000 pages".length() - "writing the site".length())
, out());
    }

    @Test
    void closingWipesTheLineAndStopsPainting() {
        ProgressLine line = new ProgressLine(out, now::get, 0);
        line.stage("assembling the site");
        line.close();
        line.stage("writing the site");
        line.tick();
        assertEquals("\rassembling the site\r" + " ".repeat("assembling the site".length()) + "\r", out());
    }

    @Test
    void closingBeforeAnythingShowedPrintsNothing() {
        ProgressLine line = new ProgressLine(out, now::get, SECOND);
        line.counted("rendering", 3, "pages");
        line.close();
        assertEquals("", out());
    }

    @Test
    void aCountPastTheTotalRaisesTheTotal() {
        ProgressLine line = new ProgressLine(out, now::get, 0);
        line.counted("rendering", 1, "pages");
        line.advance();
        line.advance();
        assertEquals("rendering 2/2 pages", line.text());
    }

    @Test
    void onlyATerminalThatCanRewriteALineOutsideCiShowsProgress() {
        Terminal terminal = new Terminal(true, Duration.ofSeconds(1));
        assertTrue(terminal.showsProgress(Map.of()));
        assertTrue(terminal.showsProgress(Map.of("TERM", "xterm-256color", "CI", "false")));
        assertFalse(new Terminal(false, Duration.ZERO).showsProgress(Map.of()));
        assertFalse(terminal.showsProgress(Map.of("TERM", "dumb")));
        assertFalse(terminal.showsProgress(Map.of("CI", "true")));
        assertFalse(terminal.showsProgress(Map.of("CI", "1")));
    }
}
