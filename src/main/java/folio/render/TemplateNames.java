package folio.render;

import folio.content.Suggestions;
import folio.render.TemplateInvocation.Kind;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionRegistry;
import io.pebbletemplates.pebble.extension.NamedArguments;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.core.CoreExtension;
import io.pebbletemplates.pebble.extension.escaper.EscaperExtension;
import io.pebbletemplates.pebble.extension.i18n.I18nExtension;
import io.pebbletemplates.pebble.node.RootNode;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a template calls that nothing has: a filter or test no extension gives, a function that is neither
 * a function nor a macro any template defines; and a filter, test or function given more arguments than it takes.
 * Pebble finds these only when the line runs, so one in a template no page uses (kept for later), or on a line no
 * page reaches, would go unseen until a page met it and the build failed. They are read from the node trees Pebble
 * makes when it compiles each template ({@link #visitors}, {@link TemplateInvocations}): nothing is read or parsed
 * again, and the build already compiles every template ({@link Templates}). The render stage reports each as a
 * warning at its line, unless a page met it there as an error ({@link TemplateErrorLog}).
 */
final class TemplateNames {
    /**
     * A call that would fail when its line runs, at its template (name without .peb) and line: what is wrong
     * ({@code problem}) and what to do ({@code fix}).
     */
    record Finding(String template, int line, String problem, String fix, boolean neverRuns) {
        Finding(String template, int line, String problem, String fix) {
            this(template, line, problem, fix, false);
        }

        /** The warning for a line no page ran ({@code neverRuns}: a line no page can run, which says why itself). */
        String message() {
            return neverRuns ? problem + ": " + fix : problem + ", so a page that runs this line fails (no page of this build does): " + fix;
        }

        /** What it adds to the error a page met at its line (Pebble's own message names no remedy). */
        String hint() {
            return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ": " + fix + ".";
        }
    }

    /** What each compiled template calls, by template name. */
    private final Map<String, List<TemplateInvocation>> calls = new ConcurrentHashMap<>();
    /** The templates with a {@code {% from ... import ... %}} or an import of a computed name, whose macros may have any name. */
    private final Set<String> importsUnderNames = ConcurrentHashMap.newKeySet();
    /** The template each {@code m.box(...)} is in, by its arguments' node (compared by identity). */
    private final Map<io.pebbletemplates.pebble.node.ArgumentsNode, String> namespaceCalls = new ConcurrentHashMap<>();

    /** For the extension's {@code getNodeVisitors}: records each template's calls as Pebble compiles it. */
    NodeVisitorFactory visitors() {
        return template -> new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(RootNode root) {
                TemplateInvocations walk = TemplateInvocations.walked(root);
                List<TemplateInvocation> found = walk.found();
                walk.namespaceCalls().forEach(args -> namespaceCalls.put(args, template.getName()));
                calls.put(template.getName(), found);
                if (found.stream().anyMatch(call -> call.kind() == Kind.FROM
                        || call.kind() == Kind.IMPORT && call.name().isEmpty())) {
                    importsUnderNames.add(template.getName());
                }
            }
        };
    }

    /**
     * Every call of the compiled templates that would fail when it runs, with {@code registry}'s filters, tests and
     * functions. A template that imports one the build did not compile (a built-in partial, which Pebble loads when
     * the import runs) may call macros this has not seen: its functions are not checked (compiling it here would cost
     * the build a template it does not use).
     */
    List<Finding> check(ExtensionRegistry registry, Extension own) {
        Set<String> importsUnseen = new HashSet<>();
        calls.forEach((template, list) -> {
            for (TemplateInvocation call : list) {
                if (call.kind() == Kind.IMPORT && !calls.containsKey(TemplateLoops.strip(call.name()))
                        && !calls.containsKey(call.name())) {
                    importsUnseen.add(template);
                }
            }
        });
        Set<String> macros = new HashSet<>();
        calls.values().forEach(list -> list.stream().filter(call -> call.kind() == Kind.MACRO)
                .forEach(call -> macros.add(call.name())));
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        MacroCallCheck macroCalls = new MacroCallCheck(calls);
        calls.forEach((template, list) -> {
            Map<String, String> given = aliases(list);
            List<Finding> found = new ArrayList<>(macroCalls.check(template, list));
            found.addAll(FromOutsideBlocks.check(TemplateLoops.strip(template), list));
            for (TemplateInvocation call : list) {
                Finding finding = switch (call.kind()) {
                    case FILTER -> problem(template, "filter", call, registry.getFilter(call.name()), names(own, Kind.FILTER));
                    case TEST -> problem(template, "test", call, registry.getTest(call.name()), names(own, Kind.TEST));
                    case FUNCTION -> registry.getFunction(call.name()) == null && (macros.contains(call.name())
                            || given.containsKey(call.name())) ? macroCalls.direct(template, call, given)
                            : registry.getFunction(call.name()) == null && (importsUnderNames.contains(template)
                            || importsUnseen.contains(template)) ? null
                            : problem(template, "function", call, registry.getFunction(call.name()), names(own, Kind.FUNCTION));
                    case ALIAS -> compiled(alias(call)[0]) ? unknownMacro(template, call, alias(call)[1], macros) : null;
                    default -> null;
                };
                if (finding != null) {
                    found.add(finding);
                }
            }
            for (Finding finding : found) {
                if (seen.add(finding.template() + ":" + finding.line() + ":" + finding.problem())) {
                    findings.add(finding);
                }
            }
        });
        findings.sort(java.util.Comparator.comparing(Finding::template).thenComparingInt(Finding::line).thenComparing(Finding::problem));
        return findings;
    }

    /** The template (its name) that a call {@code m.box(...)} with these arguments is in, if compiled. */
    java.util.Optional<String> templateOf(io.pebbletemplates.pebble.node.ArgumentsNode args) {
        return java.util.Optional.ofNullable(namespaceCalls.get(args));
    }

    /** The arguments the template {@code template} (a name as Pebble gives it) declares its macro {@code macro} with, or null. */
    List<String> macroArguments(String template, String macro) {
        List<TemplateInvocation> list = calls.get(template);
        if (list == null) {
            list = calls.get(TemplateLoops.strip(template));
        }
        return list == null ? null : list.stream().filter(call -> call.kind() == Kind.MACRO
                && call.name().equals(macro)).map(TemplateInvocation::named).findFirst().orElse(null);
    }

    /** A from tag's template and macro name ({@link TemplateInvocation#target}). */
    private static String[] alias(TemplateInvocation call) {
        int hash = call.target().lastIndexOf('#');
        return new String[] {call.target().substring(0, hash), call.target().substring(hash + 1)};
    }

    /** Whether the build compiled the template {@code name} (as written in a tag): its macros are known. */
    private boolean compiled(String name) {
        return !name.isEmpty() && (calls.containsKey(TemplateLoops.strip(name)) || calls.containsKey(name));
    }

    /**
     * The names {@code from} tags give macros in a template ({@code as}, or the macro's own), each to the macro it
     * names as {@code template#macro} ({@link TemplateInvocation#target}).
     */
    private static Map<String, String> aliases(List<TemplateInvocation> calls) {
        Map<String, String> names = new java.util.HashMap<>();
        calls.stream().filter(call -> call.kind() == Kind.ALIAS).forEach(call -> names.putIfAbsent(call.name(), call.target()));
        return names;
    }

    /**
     * A {@code from} tag that imports a macro no template defines (Pebble says so only when the name is called, as a
     * function that does not exist), or null.
     */
    private static Finding unknownMacro(String template, TemplateInvocation alias, String macro, Set<String> macros) {
        if (macros.contains(macro)) {
            return null;
        }
        String suggestion = Suggestions.closest(macro, macros).map(name -> " (" + Suggestions.question(name) + ")").orElse("");
        return new Finding(TemplateLoops.strip(template), alias.line(), "no template defines a macro named '" + macro + "'"
                + suggestion, "import one that a {% macro %} defines, or remove it");
    }

    /** What is wrong with a call of the filter, test or function {@code found} (null: none by that name), or null. */
    private static Finding problem(String template, String what, TemplateInvocation call, NamedArguments found,
                                   Set<String> known) {
        String at = TemplateLoops.strip(template);
        if (found == null) {
            String suggestion = Suggestions.closest(call.name(), known).map(name -> " (" + Suggestions.question(name) + ")").orElse("");
            String more = what.equals("function") ? " and no template defines a macro of that name" : "";
            return new Finding(at, call.line(), "no " + what + " is named '" + call.name() + "'" + more + suggestion,
                    "use one that docs/templates.md lists, or remove it");
        }
        List<String> names = found.getArgumentNames();
        if (names != null && !names.isEmpty() && call.positional() > names.size()) {
            return new Finding(at, call.line(), "the " + what + " '" + call.name() + "' takes " + names.size() + " argument"
                    + (names.size() == 1 ? "" : "s") + " (" + String.join(", ", names) + ") and is given " + call.positional(),
                    "remove the extra ones");
        }
        // Pebble refuses a named argument the call's target does not list (when it lists any) as the line runs.
        for (String name : names == null || names.isEmpty() ? List.<String>of() : call.named()) {
            if (!names.contains(name)) {
                String suggestion = Suggestions.closest(name, names).map(n -> " (" + Suggestions.question(n) + ")").orElse("");
                return new Finding(at, call.line(), "the " + what + " '" + call.name() + "' has no argument named '" + name + "'"
                        + suggestion + "; its arguments are " + String.join(", ", names), "use one of those names, or remove it");
            }
        }
        return null;
    }

    /** The names that exist, for "did you mean": Pebble's own extensions' and folio's. */
    private static Set<String> names(Extension own, TemplateInvocation.Kind kind) {
        Set<String> names = new TreeSet<>();
        for (Extension extension : List.of(new CoreExtension(), new EscaperExtension(), new I18nExtension(), own)) {
            Map<String, ?> map = switch (kind) {
                case FILTER -> extension.getFilters();
                case TEST -> extension.getTests();
                default -> extension.getFunctions();
            };
            if (map != null) {
                names.addAll(map.keySet());
            }
        }
        return names;
    }
}
