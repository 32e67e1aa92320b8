package folio.content;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A quote an editor wants shown straight: {@code \"} or {@code \'} in Markdown, as CommonMark escapes any
 * punctuation. The render stage makes every other quote typographic (folio.render.Typographer), and a backslash
 * escape leaves no trace in a CommonMark tree, so the parser makes this node of it: the render stage writes it as
 * a hexadecimal character reference, which the typographer leaves as it is, and plain text as the quote, marked
 * to be shown straight.
 */
public final class LiteralQuote extends CustomNode {
    private final char quote;

    public LiteralQuote(char quote) {
        if (quote != '"' && quote != '\'') {
            throw new IllegalArgumentException("not a quote: " + quote);
        }
        this.quote = quote;
    }

    /** {@code "} or {@code '}. */
    public char quote() {
        return quote;
    }

    /** How HTML writes it: a hexadecimal reference, the one form of a quote the typographer leaves as it is. */
    public String html() {
        return quote == '"' ? "&#x22;" : "&#x27;";
    }

    /** For the parser: a backslash before a quote; any other backslash is CommonMark's own. */
    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return Factory::escape;
        }

        private static ParsedInline escape(InlineParserState state) {
            Scanner scanner = state.scanner();
            scanner.next();
            char quote = scanner.peek();
            if (quote != '"' && quote != '\'') {
                return ParsedInline.none();
            }
            scanner.next();
            Position after = scanner.position();
            return ParsedInline.of(new LiteralQuote(quote), after);
        }
    }
}
