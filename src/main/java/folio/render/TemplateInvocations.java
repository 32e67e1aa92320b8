package folio.render;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.FromNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.TestInvocationExpression;
import io.pebbletemplates.pebble.node.expression.ArrayExpression;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.BlockFunctionExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.MapExpression;
import io.pebbletemplates.pebble.node.expression.RenderableNodeExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters, tests, functions and macros a compiled template's node tree names, each with its line: read once
 * from the tree Pebble made (no second parse), for what Pebble only checks when a line runs (a filter's name, an
 * argument too many: {@link TemplateNames}) and for the line of a macro's call ({@link TemplateCalls}). Pebble's
 * own visitor walks the tags; this one also walks the expressions in them, and the map of an {@code include ... with}
 * and the names of a {@code from} tag that {@link TagNames} keeps. What it cannot reach it leaves out: it finds
 * fewer names, never a wrong one.
 */
final class TemplateInvocations extends AbstractNodeVisitor {
    enum Kind { FILTER, TEST, FUNCTION, MACRO, FROM, IMPORT, ALIAS }

    /**
     * A filter, test or function (or macro: a function call may be either) named at {@code line}, with its
     * positional arguments; for {@link Kind#MACRO}, a macro defined there; for {@link Kind#FROM}, a
     * {@code {% from ... import ... %}} there whose names were not read (its macros may be called by any name); for
     * {@link Kind#ALIAS}, a name a from tag gives ({@code as}, or the macro's own), with {@code target} the template
     * it names ({@code ""} when computed) and the macro's name there, as {@code template#macro}; for
     * {@link Kind#IMPORT}, an {@code {% import %}} of the template named (empty when its name is computed).
     */
    record Invocation(Kind kind, String name, int line, int positional, String target) {
        Invocation(Kind kind, String name, int line, int positional) {
            this(kind, name, line, positional, "");
        }
    }

    private final List<Invocation> found = new ArrayList<>();

    private TemplateInvocations() {
        super(null);
    }

    /** What {@code node} and everything in it names, in the order met. */
    static List<Invocation> of(Node node) {
        TemplateInvocations walk = new TemplateInvocations();
        node.accept(walk);
        return walk.found;
    }

    @Override
    public void visit(MacroNode macro) {
        found.add(new Invocation(Kind.MACRO, macro.getName(), macro.getLineNumber(), 0));
        super.visit(macro);
    }

    @Override
    public void visit(ImportNode node) {
        found.add(new Invocation(Kind.IMPORT, node.getImportExpression() instanceof LiteralStringExpression name ? name.getValue() : "",
                node.getLineNumber(), 0));
        super.visit(node);
    }

    @Override
    public void visit(IncludeNode node) {
        if (node instanceof TagNames.IncludeWithMap with) {
            walk(with.map());
        }
        super.visit(node);
    }

    @Override
    public void visit(Node node) {
        if (node instanceof FunctionOrMacroInvocationExpression call) {
            found.add(new Invocation(Kind.FUNCTION, call.getFunctionName(), call.getLineNumber(), positional(call.getArguments())));
            walk(call.getArguments());
        } else if (node instanceof FilterInvocationExpression filter) {
            found.add(new Invocation(Kind.FILTER, filter.getFilterName(), filter.getLineNumber(), positional(filter.getArgs())));
            walk(filter.getArgs());
        } else if (node instanceof TestInvocationExpression test) {
            found.add(new Invocation(Kind.TEST, test.getTestName(), test.getLineNumber(), positional(test.getArgs())));
            walk(test.getArgs());
        } else if (node instanceof BinaryExpression<?> binary) {
            walk(binary.getLeftExpression());
            walk(binary.getRightExpression());
        } else if (node instanceof RenderableNodeExpression renderable) {
            walk(renderable.getNode());
        } else if (node instanceof UnaryExpression unary) {
            walk(unary.getChildExpression());
        } else if (node instanceof TernaryExpression ternary) {
            walk(ternary.getExpression1());
            walk(ternary.getExpression2());
            walk(ternary.getExpression3());
        } else if (node instanceof GetAttributeExpression attribute) {
            walk(attribute.getNode());
            walk(attribute.getAttributeNameExpression());
            walk(attribute.getArgumentsNode());
        } else if (node instanceof ArrayExpression array) {
            array.getValues().forEach(this::walk);
        } else if (node instanceof MapExpression map) {
            map.getEntries().forEach((key, value) -> {
                walk(key);
                walk(value);
            });
        } else if (node instanceof BlockFunctionExpression block) {
            walk(block.getBlockNameExpression());
        } else if (node instanceof TagNames.FromNames from) {
            String source = from.source() == null ? "" : from.source();
            from.names().forEach((given, macro) -> found.add(new Invocation(Kind.ALIAS, given, from.getLineNumber(), 0,
                    source + "#" + macro)));
        } else if (node instanceof FromNode from) {
            found.add(new Invocation(Kind.FROM, "", from.getLineNumber(), 0));
        }
    }

    private void walk(Node node) {
        if (node != null) {
            node.accept(this);
        }
    }

    private static int positional(ArgumentsNode args) {
        return args == null || args.getPositionalArgs() == null ? 0 : args.getPositionalArgs().size();
    }
}
