package folio.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.MacroAttributeProvider;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.List;

/**
 * What {@code {% import "x" as m %}} puts under the name {@code m}: the macros of x, called as {@code m.box(...)}.
 * Pebble 4.1's own provider looks the macro up from the calling page's templates first (the child a layout is
 * rendering, then the layout): a call in base.peb of a macro x does define failed as "does not exist" on every page
 * of a layout that extends base.peb, and a call of one x does not define was reported at a line of another template,
 * where no such call is. Here the macro is looked up in x alone and called in x (as an include renders its partial),
 * and a call of one x does not define, or with more arguments than it takes, is an error at the call's template and
 * line ({@link TemplateNames} knows which template a call's arguments are in; the importing one otherwise).
 */
final class NamespaceMacros extends MacroAttributeProvider {
    private final PebbleTemplateImpl template;
    private final String alias;
    private final String importer;
    private final int importLine;
    private final TemplateNames names;

    NamespaceMacros(PebbleTemplateImpl template, String alias, String importer, int importLine, TemplateNames names) {
        super(template);
        this.template = template;
        this.alias = alias;
        this.importer = importer;
        this.importLine = importLine;
        this.names = names;
    }

    @Override
    public Object macro(EvaluationContextImpl context, String macroName, ArgumentsNode args, boolean ignoreOverriden, int lineNumber) {
        String caller = names == null ? importer : names.templateOf(args).orElse(importer);
        String shown = TemplateLoops.strip(template.getName());
        if (!template.hasMacro(macroName)) {
            throw new PebbleException(null, "Macro [" + macroName + "] does not exist in " + shown + ", imported as " + alias
                    + (caller.equals(importer) ? " on line " + importLine : "") + ".", lineNumber, caller);
        }
        List<String> declared = names == null ? null : names.macroArguments(template.getName(), macroName);
        int given = args.getPositionalArgs() == null ? 0 : args.getPositionalArgs().size();
        if (declared != null && given > declared.size()) {
            throw new PebbleException(null, "The macro [" + macroName + "] of " + shown + " takes " + declared.size()
                    + " argument(s), and is given " + given + ".", lineNumber, caller);
        }
        return template.macro(context.shallowCopyWithoutInheritanceChain(template), macroName, args, false, lineNumber);
    }
}
