package folio.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.utils.LimitedSizeWriter;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What one template evaluation may cost, so a runaway loop is a template error instead of a
 * build that runs for minutes and writes a page of hundreds of megabytes. Both limits use
 * Pebble's own mechanisms: the engine's {@code maxRenderedSize} bounds the characters one file
 * may have, and an {@link ExtensionCustomizer} puts a bounded {@code range()} in place of the
 * core one (which makes its whole list before the loop starts).
 */
final class RenderLimits {
    /** Characters one rendered file may have (a page, the feed, the sitemap). */
    static final int MAX_CHARACTERS = 64 * 1024 * 1024;
    /**
     * Characters a page's writer starts with at most: pages of tens of kilobytes start at their
     * size, and one near {@link #MAX_CHARACTERS} does not make the next page of its layout take
     * as much memory before writing a character.
     */
    static final int MAX_WRITER_START = 1024 * 1024;
    /** Numbers one {@code range()} may make. */
    static final long MAX_RANGE = 100_000;
    /**
     * How long one loop over a {@code range()} may run: loops inside each other, each within
     * {@link #MAX_RANGE} and writing nothing, still run for hours (two of 100,000 are 10^10 steps).
     */
    static final long MAX_LOOP_NANOS = 10_000_000_000L;

    private RenderLimits() {}

    /** What the writer of a layout's next page starts with, when its last page had {@code lastLength} characters. */
    static int writerStart(int lastLength) {
        return (int) Math.min(MAX_WRITER_START, lastLength + lastLength / 8L);
    }

    /**
     * For {@code PebbleEngine.Builder.registerExtensionCustomizer}: the core extension with a bounded
     * range(), and its macro and include tags keeping {@link TemplateCalls}' frames; the escaper's
     * filter writing the straight quotes of a text from {@code plain} ({@link PlainValue}) ({@link StraightQuoteEscape}).
     */
    static ExtensionCustomizer customizer(Extension extension) {
        return customizer(extension, MAX_LOOP_NANOS, null);
    }

    /** The same, with {@code names} telling a namespace's macros where each call is ({@link NamespaceMacros}). */
    static ExtensionCustomizer customizer(Extension extension, TemplateNames names) {
        return customizer(extension, MAX_LOOP_NANOS, names);
    }

    /** The same, with loops over a range() stopped after {@code loopNanos}. */
    static ExtensionCustomizer customizer(Extension extension, long loopNanos) {
        return customizer(extension, loopNanos, null);
    }

    private static ExtensionCustomizer customizer(Extension extension, long loopNanos, TemplateNames names) {
        return new ExtensionCustomizer(extension) {
            @Override
            public List<io.pebbletemplates.pebble.tokenParser.TokenParser> getTokenParsers() {
                // Macro calls and includes in frames, so a loop of them is told where it closes (TemplateCalls).
                // An include's map and a from tag's names kept for the check of names (TagNames, TemplateNames).
                return TemplateCalls.framed(TagNames.named(super.getTokenParsers(), names));
            }

            @Override
            public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
                // Autoescaping writes the straight quotes of a text from plain (PlainValue) as the page's HTML writes them.
                return StraightQuoteEscape.wrap(super.getFilters());
            }

            @Override
            public Map<String, Function> getFunctions() {
                Map<String, Function> functions = super.getFunctions();
                if (functions == null || !(functions.get(RangeFunction.FUNCTION_NAME) instanceof RangeFunction core)) {
                    return functions;
                }
                Map<String, Function> bounded = new HashMap<>(functions);
                bounded.put(RangeFunction.FUNCTION_NAME, new BoundedRange(core, loopNanos));
                return bounded;
            }
        };
    }

    /** Whether {@code e} is Pebble's refusal to write more than {@link #MAX_CHARACTERS}. */
    static boolean tooLong(PebbleException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals(LimitedSizeWriter.class.getName());
    }

    /** The template error for a file over {@link #MAX_CHARACTERS}, at {@code template}. */
    static PebbleException tooLongError(PebbleException e, String template) {
        return new PebbleException(e, "the file this template writes passed folio's limit of " + MAX_CHARACTERS
                + " characters (64 MB) for one file, so a loop in it, or in a template it includes, runs far more often "
                + "than meant: check each {% for %} and the range() or list it goes over", null, template);
    }

    /**
     * Pebble's range(), refusing more than {@link #MAX_RANGE} numbers before it makes any; a loop
     * over the list it makes stops with an error once it has run for {@code loopNanos}.
     */
    private record BoundedRange(RangeFunction core, long loopNanos) implements Function {
        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            if (args.get("start") instanceof Number start && args.get("end") instanceof Number end) {
                Object step = args.get("increment");
                long increment = step instanceof Number n ? n.longValue() : 1;
                long count = increment == 0 ? 0 : count(start.longValue(), end.longValue(), increment);
                if (count > MAX_RANGE) {
                    throw new PebbleException(null, "range(" + start + ", " + end + (step == null ? "" : ", " + step)
                            + ") makes " + count + " numbers, more than the " + MAX_RANGE + " folio allows in one "
                            + "range(): a loop over it would run for minutes and write a huge page; use a smaller range",
                            lineNumber, self.getName());
                }
            }
            Object numbers = core.execute(args, self, context, lineNumber);
            return numbers instanceof List<?> list ? new TimedRange(list, loopNanos, lineNumber, self.getName()) : numbers;
        }

        private static long count(long start, long end, long increment) {
            if (increment > 0 ? end < start : end > start) {
                return 0;
            }
            // Divided before it is added to, so no range of longs overflows.
            return Math.abs((end - start) / increment) + 1;
        }

        @Override
        public List<String> getArgumentNames() {
            return core.getArgumentNames();
        }
    }

    /** A range's numbers, whose iterator checks the time at every step (a loop over it is one iterator). */
    private static final class TimedRange extends AbstractList<Object> {
        private final List<?> numbers;
        private final long loopNanos;
        private final int line;
        private final String template;

        TimedRange(List<?> numbers, long loopNanos, int line, String template) {
            this.numbers = numbers;
            this.loopNanos = loopNanos;
            this.line = line;
            this.template = template;
        }

        @Override
        public Object get(int index) {
            return numbers.get(index);
        }

        @Override
        public int size() {
            return numbers.size();
        }

        @Override
        public Iterator<Object> iterator() {
            long start = System.nanoTime();
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < numbers.size();
                }

                @Override
                public Object next() {
                    if (next >= numbers.size()) {
                        throw new NoSuchElementException();
                    }
                    if (System.nanoTime() - start > loopNanos) {
                        throw new PebbleException(null, "a loop over this range() has run for " + loopNanos / 1_000_000_000
                                + " seconds, far longer than a page takes, so it, or a loop inside it, runs far more often "
                                + "than meant: use smaller ranges", line, template);
                    }
                    return numbers.get(next++);
                }
            };
        }
    }
}
