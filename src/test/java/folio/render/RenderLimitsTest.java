package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RenderLimitsTest {
    private static String render(String template, long loopNanos) throws Exception {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .registerExtensionCustomizer(extension -> RenderLimits.customizer(extension, loopNanos)).build();
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out);
        return out.toString();
    }

    @Test
    void loopsInsideEachOtherThatWriteNothingStopAtTheRangesLine() {
        long start = System.nanoTime();
        PebbleException e = assertThrows(PebbleException.class, () -> render(
                "a\n{% set x = range(1, 100000) %}\n{% for a in x %}{% for b in x %}{% endfor %}{% endfor %}", 200_000_000L));
        assertEquals(2, e.getLineNumber());
        assertTrue(e.getPebbleMessage().startsWith("a loop over this range() has run for"), e.getPebbleMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "stopped soon after the limit");
    }

    @Test
    void aRangeWithinTheLimitsIsPebblesOwn() throws Exception {
        assertEquals("1,2,3,|a,b,|10,8,6,|3",
                render("{% for i in range(1, 3) %}{{ i }},{% endfor %}|{% for c in range('a', 'b') %}{{ c }},{% endfor %}|"
                        + "{% for i in range(10, 6, -2) %}{{ i }},{% endfor %}|{{ range(1, 3) | length }}", RenderLimits.MAX_LOOP_NANOS));
    }

    @Test
    void aRangeOfTooManyNumbersIsRefusedBeforeItIsMade() {
        PebbleException e = assertThrows(PebbleException.class, () -> render("x\n{{ range(1, 100001) | length }}", RenderLimits.MAX_LOOP_NANOS));
        assertEquals(2, e.getLineNumber());
        assertTrue(e.getPebbleMessage().contains("makes 100001 numbers"), e.getPebbleMessage());
    }

    /** A page's writer starts at its layout's last page and an eighth, but a page near the 64 MB limit is not taken as the next one's size. */
    @Test
    void aWriterStartsAtTheLastPageButNotAtAHugeOne() {
        assertEquals(45_000, RenderLimits.writerStart(40_000));
        assertEquals(RenderLimits.MAX_WRITER_START, RenderLimits.writerStart(RenderLimits.MAX_CHARACTERS));
        assertEquals(RenderLimits.MAX_WRITER_START, RenderLimits.writerStart(Integer.MAX_VALUE));
    }
}
