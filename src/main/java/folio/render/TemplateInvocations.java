package folio.render;

import folio.render.TemplateInvocation.Kind;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.FromNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.Node;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.TestInvocationExpression;
import io.pebbletemplates.pebble.node.expression.ArrayExpression;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.BlockFunctionExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
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
    private final List<TemplateInvocation> found = new ArrayList<>();
    /** The arguments of each {@code m.box(...)}, for the template it is in ({@link NamespaceMacros}). */
    private final List<ArgumentsNode> namespaceCalls = new ArrayList<>();
    private final java.util.Set<String> read = new java.util.HashSet<>();
    private String scope = "";
    /** How many blocks the walk is in. */
    private int blocks;

    private TemplateInvocations() {
        super(null);
    }

    /** What {@code node} and everything in it names, in the order met. */
    static List<TemplateInvocation> of(Node node) {
        return walked(node).found;
    }

    /** The walk of {@code node}: what it names ({@link #found}) and its namespace calls' arguments. */
    static TemplateInvocations walked(Node node) {
        TemplateInvocations walk = new TemplateInvocations();
        node.accept(walk);
        return walk;
    }

    List<TemplateInvocation> found() {
        return found;
    }

    List<ArgumentsNode> namespaceCalls() {
        return namespaceCalls;
    }

    @Override
    public void visit(MacroNode macro) {
        List<String> arguments = names(macro.getArgs());
        found.add(new TemplateInvocation(Kind.MACRO, macro.getName(), macro.getLineNumber(), 0, "", arguments, scope));
        String outer = scope;
        scope = macro.getName();
        arguments.forEach(name -> found.add(new TemplateInvocation(Kind.BOUND, name, macro.getLineNumber(), 0, "", List.of(),
                scope)));
        super.visit(macro);
        scope = outer;
    }

    @Override
    public void visit(io.pebbletemplates.pebble.node.BlockNode node) {
        blocks++;
        super.visit(node);
        blocks--;
    }

    @Override
    public void visit(ImportNode node) {
        String source = node.getImportExpression() instanceof LiteralStringExpression name ? name.getValue() : "";
        found.add(new TemplateInvocation(Kind.IMPORT, source, node.getLineNumber(), 0));
        super.visit(node);
    }

    @Override
    public void visit(io.pebbletemplates.pebble.node.ExtendsNode node) {
        String parent = node.getParentExpression() instanceof LiteralStringExpression name ? name.getValue() : "";
        found.add(new TemplateInvocation(Kind.EXTENDS, parent, node.getLineNumber(), 0));
        super.visit(node);
    }

    @Override
    public void visit(IncludeNode node) {
        String partial = node.getIncludeExpression() instanceof LiteralStringExpression name ? name.getValue() : "";
        found.add(new TemplateInvocation(Kind.INCLUDE, partial, node.getLineNumber(), 0));
        if (node instanceof TagNames.IncludeWithMap with) {
            walk(with.map());
            if (with.map() != null) {
                with.map().getEntries().keySet().forEach(key -> {
                    if (key instanceof LiteralStringExpression literal) {
                        found.add(new TemplateInvocation(Kind.GIVEN, literal.getValue(), node.getLineNumber(), 0, partial));
                    }
                });
            }
        }
        super.visit(node);
    }

    @Override
    public void visit(SetNode node) {
        if (node.getValue() instanceof TagNames.NamespaceImport named) {
            String source = named.source() instanceof LiteralStringExpression name ? name.getValue() : "";
            found.add(new TemplateInvocation(Kind.NAMESPACE, named.alias(), node.getLineNumber(), 0, source, List.of(), scope));
            walk(named.source());
            return;
        }
        found.add(new TemplateInvocation(Kind.BOUND, node.getName(), node.getLineNumber(), 0, "", List.of(), scope));
        super.visit(node);
    }

    @Override
    public void visit(ForNode node) {
        found.add(new TemplateInvocation(Kind.BOUND, node.getIterationVariable(), node.getLineNumber(), 0, "", List.of(), scope));
        super.visit(node);
    }

    @Override
    public void visit(Node node) {
        if (node instanceof FunctionOrMacroInvocationExpression call) {
            found.add(call(Kind.FUNCTION, call.getFunctionName(), call.getLineNumber(), call.getArguments(), ""));
            walk(call.getArguments());
        } else if (node instanceof FilterInvocationExpression filter) {
            found.add(call(Kind.FILTER, filter.getFilterName(), filter.getLineNumber(), filter.getArgs(), ""));
            walk(filter.getArgs());
        } else if (node instanceof TestInvocationExpression test) {
            found.add(call(Kind.TEST, test.getTestName(), test.getLineNumber(), test.getArgs(), ""));
            walk(test.getArgs());
        } else if (node instanceof GetAttributeExpression attribute && attribute.getNode() instanceof ContextVariableExpression variable
                && attribute.getAttributeNameExpression() instanceof LiteralStringExpression macro && attribute.getArgumentsNode() != null) {
            // m.box(...): a macro of the template imported as m, or a method of a variable m (told apart by the check).
            found.add(call(Kind.NAMESPACE_CALL, macro.getValue(), attribute.getLineNumber(), attribute.getArgumentsNode(), variable.getName()));
            namespaceCalls.add(attribute.getArgumentsNode());
            walk(attribute.getArgumentsNode());
        } else if (node instanceof ContextVariableExpression variable) {
            if (read.add(variable.getName())) {
                found.add(new TemplateInvocation(Kind.VARIABLE, variable.getName(), variable.getLineNumber(), 0, "", List.of(),
                        scope));
            }
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
        } else if (node instanceof FromTag.Names from) {
            String source = from.source() == null ? "" : from.source();
            from.names().forEach((given, macro) -> found.add(new TemplateInvocation(Kind.ALIAS, given, from.getLineNumber(), 0,
                    source + "#" + macro)));
            outsideBlocks(source, from.getLineNumber());
        } else if (node instanceof FromNode from) {
            found.add(new TemplateInvocation(Kind.FROM, "", from.getLineNumber(), 0));
            outsideBlocks("", from.getLineNumber());
        }
    }

    private void outsideBlocks(String source, int line) {
        if (blocks == 0 && scope.isEmpty()) {
            found.add(new TemplateInvocation(Kind.FROM_OUTSIDE_BLOCKS, source, line, 0));
        }
    }

    private void walk(Node node) {
        if (node != null) {
            node.accept(this);
        }
    }

    private TemplateInvocation call(Kind kind, String name, int line, ArgumentsNode args, String target) {
        return new TemplateInvocation(kind, name, line, positional(args), target, args == null ? List.of() : names(args), scope);
    }

    private static int positional(ArgumentsNode args) {
        return args == null || args.getPositionalArgs() == null ? 0 : args.getPositionalArgs().size();
    }

    /** The names of the named arguments ({@code a=1}), or of a macro's arguments. */
    private static List<String> names(ArgumentsNode args) {
        List<String> names = new ArrayList<>();
        if (args != null && args.getNamedArgs() != null) {
            for (NamedArgumentNode arg : args.getNamedArgs()) {
                names.add(arg.getName());
            }
        }
        return names;
    }
}
