package folio.render;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.MapExpression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.ArrayList;
import java.util.List;

/**
 * What two tags name that Pebble's nodes keep to themselves, for {@link TemplateInvocations}: the map of an
 * {@code {% include "x" with {...} %}} (its filters and functions run in the including template) and the names a
 * {@code {% from "x" import a as b %}} gives its macros. Pebble 4.1 has no getter for either ({@code IncludeNode}'s
 * map, {@code FromNode}'s pairs are private), so {@code TemplateNames} left the map's names unchecked and every
 * function of a template with a {@code from} unchecked. The include tag is read here (its syntax is
 * {@code include EXPRESSION [with MAP]}), into Pebble's own {@code IncludeNode}; the {@code from} tag is read by
 * Pebble's parser and its names taken from the tag's tokens ({@link FromTag}).
 */
final class TagNames {
    private TagNames() {}

    /** {@code parsers} with the include and from tags read as above. */
    static List<TokenParser> named(List<TokenParser> parsers) {
        return named(parsers, null);
    }

    /**
     * The same, and the import tag with a name read into {@link NamespaceImport}, whose name ({@code as m}) holds
     * {@link NamespaceMacros}; {@code names} (null: none) tells those which template a call is in.
     */
    static List<TokenParser> named(List<TokenParser> parsers, TemplateNames names) {
        if (parsers == null) {
            return null;
        }
        List<TokenParser> named = new ArrayList<>(parsers.size());
        for (TokenParser parser : parsers) {
            named.add(switch (parser.getTag()) {
                case "include" -> new Include();
                case "from" -> new FromTag(parser);
                case "import" -> new Import(names);
                default -> parser;
            });
        }
        return named;
    }

    /**
     * What an {@code {% import "x" as m %}} sets {@code m} to: x imported under the name, as Pebble's
     * {@code ImportNode} does, held by {@link NamespaceMacros}, which tells a call of a macro x does not define at the
     * call's own line. The tag is a {@code SetNode} of this expression: Pebble's {@code ImportNode} keeps the name
     * private, and a template that extends another runs only a set or import tag of exactly Pebble's classes outside
     * its blocks (so no subclass would run there).
     */
    static final class NamespaceImport implements Expression<Object> {
        private final Expression<?> source;
        private final String alias;
        private final String importer;
        private final int line;
        private final TemplateNames names;

        NamespaceImport(Expression<?> source, String alias, String importer, int line, TemplateNames names) {
            this.source = source;
            this.alias = alias;
            this.importer = importer;
            this.line = line;
            this.names = names;
        }

        /** The template's name as written. */
        Expression<?> source() {
            return source;
        }

        String alias() {
            return alias;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            if (!(source.evaluate(self, context) instanceof String name)) {
                throw new io.pebbletemplates.pebble.error.PebbleException(null, "an import names its template with a text, like {% import \"partials/macros\" as "
                        + alias + " %}", line, importer);
            }
            if (!NameClash.alreadyImported(self, context, name, alias, importer, line)) {
                self.importNamedTemplate(context, name, alias);
            }
            return new NamespaceMacros(self.getNamedImportedTemplate(context, alias), alias, importer, line, names);
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }

    /** The import tag, {@code import EXPRESSION [as NAME]}, as Pebble's own parser reads it. */
    private record Import(TemplateNames names) implements TokenParser {
        @Override
        public String getTag() {
            return "import";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            TokenStream stream = parser.getStream();
            int line = token.getLineNumber();
            stream.next();
            Expression<?> source = parser.getExpressionParser().parseExpression();
            String alias = null;
            if (stream.current().test(Token.Type.NAME, "as")) {
                stream.next();
                alias = stream.expect(Token.Type.NAME).getValue();
            }
            stream.expect(Token.Type.EXECUTE_END);
            return alias == null ? new ImportNode(line, source, null)
                    : new SetNode(line, alias, new NamespaceImport(source, alias, stream.getFilename(), line, names));
        }
    }

    /** An include tag whose node keeps its {@code with} map. */
    static final class IncludeWithMap extends IncludeNode {
        private final MapExpression map;

        IncludeWithMap(int line, Expression<?> name, MapExpression map) {
            super(line, name, map);
            this.map = map;
        }

        MapExpression map() {
            return map;
        }
    }

    private static final class Include implements TokenParser {
        @Override
        public String getTag() {
            return "include";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            TokenStream stream = parser.getStream();
            int line = token.getLineNumber();
            stream.next();
            Expression<?> name = parser.getExpressionParser().parseExpression();
            MapExpression map = null;
            if (stream.current().test(Token.Type.NAME, "with")) {
                stream.next();
                Expression<?> with = parser.getExpressionParser().parseExpression();
                if (!(with instanceof MapExpression given)) {
                    throw new ParserException(null, "an include's 'with' takes a map in braces, like {% include "
                            + "\"partials/card.peb\" with {\"item\": x} %}", line, stream.getFilename());
                }
                map = given;
            }
            stream.expect(Token.Type.EXECUTE_END);
            return new IncludeWithMap(line, name, map);
        }
    }
}
