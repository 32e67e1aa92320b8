package folio.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code {% from "x" import a as b %}} tag, read by Pebble's own parser ({@code core}), with the names it gives
 * its macros taken from the tag's tokens ({@link Names}), for {@link TemplateInvocations}: Pebble 4.1's
 * {@code FromNode} keeps its pairs private. One of the tags {@link TagNames} reads.
 */
record FromTag(TokenParser core) implements TokenParser {
    /**
     * A from tag's names: each name it gives (the alias, or the macro's own name) with the macro's name, and the
     * template named when it is a literal (null when computed).
     */
    static final class Names extends AbstractRenderableNode {
        private final RenderableNode inner;
        private final String source;
        private final Map<String, String> names;
        /** The compiled templates this tag has imported its macros into (its own, or an embed's copy of it). */
        private final Map<PebbleTemplateImpl, Boolean> ran = new java.util.WeakHashMap<>();

        Names(RenderableNode inner, int line, String source, Map<String, String> names) {
            super(line);
            this.inner = inner;
            this.source = source;
            this.names = Map.copyOf(names);
        }

        String source() {
            return source;
        }

        /** Name given in the template, to the macro's name in {@link #source}. */
        Map<String, String> names() {
            return names;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            // Pebble registers the macros on the compiled template, which every page of a layout shares: run again
            // (for the next page, in a loop, in a macro called twice) the tag would find its own names taken, and
            // refuse them ("More than one macro can not share the same name"). From a literal source it imports the
            // same macros each time: once is enough, and the lock keeps pages rendered in parallel from calling a
            // macro not yet registered.
            synchronized (ran) {
                if (source != null && ran.containsKey(self)) {
                    return;
                }
                try {
                    inner.render(self, writer, context);
                } catch (io.pebbletemplates.pebble.error.PebbleException e) {
                    throw NameClash.importedOver(e, self, getLineNumber(), source, names);
                }
                ran.put(self, Boolean.TRUE);
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            if (visitor instanceof TemplateInvocations) {
                visitor.visit(this);
            } else {
                inner.accept(visitor);
            }
        }
    }

    @Override
    public String getTag() {
        return core.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        List<Token> tokens = stream.getTokens();
        int start = indexOf(tokens, stream.current(), 0);
        RenderableNode node = core.parse(token, parser);
        int end = start < 0 ? -1 : indexOf(tokens, stream.current(), start);
        if (end < 0) {
            return node;
        }
        // Pebble read the tag, so its tokens are: from, the template's expression, import, then names
        // with an optional 'as NAME' between commas, then the tag's end.
        List<Token> tag = tokens.subList(start, end);
        int importAt = -1;
        for (int i = 0; i < tag.size(); i++) {
            if (tag.get(i).test(Token.Type.NAME, "import")) {
                if (importAt >= 0) {
                    return node; // a second 'import' (a variable or a macro so named): not read, left unchecked
                }
                importAt = i;
            }
        }
        if (importAt < 0) {
            return node;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = importAt + 1; i < tag.size(); i++) {
            Token name = tag.get(i);
            if (name.getType() != Token.Type.NAME) {
                continue; // a comma, or the tag's end
            }
            if (i + 2 < tag.size() && tag.get(i + 1).test(Token.Type.NAME, "as")) {
                names.put(tag.get(i + 2).getValue(), name.getValue());
                i += 2;
            } else {
                names.put(name.getValue(), name.getValue());
            }
        }
        List<Token> expression = tag.subList(1, importAt);
        String source = expression.size() == 1 && expression.get(0).getType() == Token.Type.STRING
                ? expression.get(0).getValue() : null;
        return new Names(node, token.getLineNumber(), source, names);
    }

    private static int indexOf(List<Token> tokens, Token token, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return i;
            }
        }
        return -1;
    }
}
