package folio.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a template that calls itself without end closes its loop, as it runs. Every macro call and
 * every include (and every call of a function of folio's that renders a partial) is a frame on a stack kept per render thread; when Java's stack runs out, the
 * frames of that moment are kept, and the first frame met again deeper in them is the loop:
 * the frame just before its second entry made the call that closed it. A macro calling itself
 * (which no reading of the tags finds, see {@link TemplateLoops}) is so one error at the line of the
 * call that loops (read from the macro's node tree: {@link Frame#calls}), not one per layout at none; so is an include whose name is computed, and a partial that
 * calls the function that renders it ({@code references()} in partials/references.peb).
 */
final class TemplateCalls {
    /**
     * A macro's body ({@code macro} its name), a call of one of folio's functions that render a
     * partial ({@code function} its name, like {@code references()}) or an include tag (both null),
     * at its template (name without .peb) and line.
     */
    record Frame(String template, int line, String macro, String function, Map<String, List<Integer>> calls) {
        /**
         * {@code calls}: for a macro's body, the lines of the calls it makes of each function or macro by name
         * (read from its node tree when it is compiled, {@link TemplateInvocations}); empty for any other frame.
         */
        Frame {
            calls = Map.copyOf(calls);
        }

        Frame(String template, int line, String macro, String function) {
            this(template, line, macro, function, Map.of());
        }
    }

    /** The frame whose call closed a loop, and the frames of the loop from its first entry, outermost first. */
    record Loop(Frame closing, List<Frame> frames) {
        /**
         * Where the call that closes a loop of macros is: the first line on which the closing macro calls the macro
         * the loop starts again with (the frame met again), or the closing macro's own line when its body calls it
         * under another name (a macro imported under an alias).
         */
        int line() {
            List<Integer> lines = callLines();
            if (!lines.isEmpty()) {
                return lines.get(0);
            }
            // An include or a function's call met again: its own line is in the closing macro's body.
            Frame again = frames.get(0);
            return again.macro() == null && again.template().equals(closing.template()) ? again.line() : closing.line();
        }

        private List<Integer> callLines() {
            String callee = frames.get(0).macro();
            return callee == null ? List.of() : closing.calls().getOrDefault(callee, List.of());
        }

        /** What a loop closed by a macro's call says: the macro, and the macros and includes it goes through. */
        String macroMessage() {
            String name = closing.macro();
            String callee = frames.get(0).macro();
            List<Integer> lines = callLines();
            List<String> through = new ArrayList<>();
            for (Frame frame : frames) {
                String step = frame.macro() != null ? "the macro " + frame.macro()
                        : (frame.function() != null ? frame.function() : "the include") + " on line " + frame.line()
                        + " of templates/" + TemplateLoops.strip(frame.template()) + ".peb";
                if (!frame.equals(closing) && !through.contains(step)) {
                    through.add(step);
                }
            }
            String others = lines.size() < 2 ? "" : " (it calls " + callee + " on lines "
                    + String.join(", ", lines.stream().map(String::valueOf).toList()) + ")";
            if (!lines.isEmpty() && callee.equals(name)) {
                return "the macro " + name + " calls itself here, without end" + others + ": each call makes another until Java "
                        + "runs out of stack: put this call inside an {% if %} that ends it, or remove it";
            }
            String here = lines.isEmpty() ? "" : "this call of the macro " + callee + ", in the macro " + name + ", closes a loop: ";
            return here + "the macro " + name + " calls itself without end" + (through.isEmpty() ? "" : " (through " + String.join(", ", through) + ")")
                    + others + ": each call makes another until Java runs out of stack: put the call inside an {% if %} that ends it, "
                    + "or remove it";
        }
    }

    private static final class Calls {
        final ArrayDeque<Frame> stack = new ArrayDeque<>();
        Frame[] overflowed;

        /**
         * The innermost frame with stack enough to copy the frames keeps them (a copy that runs out
         * of stack itself throws again, to the frame outside); the loop is read at the top.
         */
        StackOverflowError overflow(StackOverflowError e) {
            if (overflowed == null) {
                overflowed = stack.toArray(new Frame[0]);
            }
            return e;
        }
    }

    private static final ThreadLocal<Calls> CALLS = ThreadLocal.withInitial(Calls::new);

    private TemplateCalls() {}

    /** Pebble's token parsers with those of {@code macro} and {@code include} making frames. */
    static List<TokenParser> framed(List<TokenParser> parsers) {
        if (parsers == null) {
            return null;
        }
        List<TokenParser> framed = new ArrayList<>(parsers.size());
        for (TokenParser parser : parsers) {
            framed.add(parser.getTag().equals("macro") || parser.getTag().equals("include") ? new Framing(parser) : parser);
        }
        return framed;
    }

    /**
     * Begins one evaluation of a page's or file's template on this thread, with no loop found yet;
     * returns the depth to give {@link #end}. Frames already there are kept: a thread waiting in a
     * parallel task may be handed another page's while it is in the middle of one.
     */
    static int begin() {
        Calls calls = CALLS.get();
        calls.overflowed = null;
        return calls.stack.size();
    }

    /** Ends the evaluation {@link #begin} returned {@code depth} for: its frames (and any loop found) go. */
    static void end(int depth) {
        Calls calls = CALLS.get();
        while (calls.stack.size() > depth) {
            calls.stack.removeLast();
        }
        calls.overflowed = null;
    }

    /**
     * The loop in the frames of the moment this thread's stack ran out since {@link #begin} returned
     * {@code depth} (those of that evaluation only), or null.
     */
    static Loop overflowed(int depth) {
        Frame[] frames = CALLS.get().overflowed;
        return frames == null ? null : loop(Arrays.copyOfRange(frames, Math.min(depth, frames.length), frames.length));
    }

    /** The first frame of {@code frames} (outermost first) that is met again, as a loop; null if none is. */
    static Loop loop(Frame[] frames) {
        Map<Frame, Integer> first = new HashMap<>();
        for (int j = 0; j < frames.length; j++) {
            Integer i = first.putIfAbsent(frames[j], j);
            if (i != null) {
                return new Loop(frames[j - 1], List.of(Arrays.copyOfRange(frames, i, j)));
            }
        }
        return null;
    }

    /** {@code body}, run in the frame of a call of the function {@code function} at {@code template}'s {@code line}. */
    static <T> T call(String template, int line, String function, java.util.function.Supplier<T> body) {
        Calls calls = CALLS.get();
        calls.stack.addLast(new Frame(template, line, null, function));
        try {
            return body.get();
        } catch (StackOverflowError e) {
            throw calls.overflow(e);
        } finally {
            calls.stack.removeLast();
        }
    }

    /** A macro or include tag's parser whose node pushes a frame while it runs. */
    private record Framing(TokenParser core) implements TokenParser {
        @Override
        public String getTag() {
            return core.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            String template = parser.getStream().getFilename();
            int line = token.getLineNumber();
            RenderableNode node = core.parse(token, parser);
            if (node instanceof MacroNode macro) {
                Frame frame = new Frame(template, line, macro.getName(), null, callLines(macro));
                return new MacroNode(macro.getName(), macro.getArgs(),
                        new BodyNode(line, List.of(new Framed(macro.getBody(), frame))));
            }
            return new Framed(node, new Frame(template, line, null, null));
        }
    }

    /** The lines of the calls a macro's body makes, by the name called (a function's or a macro's). */
    private static Map<String, List<Integer>> callLines(MacroNode macro) {
        Map<String, java.util.TreeSet<Integer>> lines = new HashMap<>();
        for (TemplateInvocation call : TemplateInvocations.of(macro.getBody())) {
            if (call.kind() == TemplateInvocation.Kind.FUNCTION) {
                lines.computeIfAbsent(call.name(), name -> new java.util.TreeSet<>()).add(call.line());
            }
        }
        Map<String, List<Integer>> calls = new HashMap<>();
        lines.forEach((name, at) -> calls.put(name, List.copyOf(at)));
        return calls;
    }

    /** A node that runs inside its frame; to Pebble's visitors it is the node it wraps. */
    private static final class Framed extends AbstractRenderableNode {
        private final RenderableNode inner;
        private final Frame frame;

        Framed(RenderableNode inner, Frame frame) {
            super(frame.line());
            this.inner = inner;
            this.frame = frame;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Calls calls = CALLS.get();
            calls.stack.addLast(frame);
            try {
                inner.render(self, writer, context);
            } catch (StackOverflowError e) {
                throw calls.overflow(e);
            } finally {
                calls.stack.removeLast();
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            inner.accept(visitor);
        }
    }
}
