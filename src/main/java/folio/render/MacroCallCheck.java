package folio.render;

import folio.content.Suggestions;
import folio.render.TemplateInvocation.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calls of macros that would fail when their line runs, for {@link TemplateNames}: through a namespace
 * ({@code {% import "x" as m %}}, then {@code m.box()}) a macro x does not define, more arguments than it takes, and a
 * name that nothing imports where the call is (in a macro, which sees only its arguments and what it imports itself;
 * in a template that neither imports it nor shares its variables with one that does); and a macro called by its name
 * with more arguments than it takes or an argument it does not have. Read from the compiled templates' node trees;
 * what cannot be told for sure (a template named by a computed expression, a name also bound as a variable) is left
 * out: fewer findings, never a wrong one.
 */
final class MacroCallCheck {
    /** Variables folio gives layouts; a method call on one is no namespace. */
    private static final Set<String> GIVEN = Set.of("site", "page", "provision", "urls", "loop", PageContext.VARIABLE);

    private final Map<String, List<TemplateInvocation>> calls;
    /** Which templates see which one's variables and imports. */
    private final TemplateSharing sharing;
    /** Each compiled template's macros, by template name without .peb: the macro's name to its arguments. */
    private final Map<String, Map<String, List<String>>> macros = new HashMap<>();
    /** Whether every include, extends and import tag names its template literally (else who shares variables is unknown). */
    private final boolean literal;

    MacroCallCheck(Map<String, List<TemplateInvocation>> calls) {
        this.calls = calls;
        this.sharing = new TemplateSharing(calls);
        boolean literal = true;
        for (Map.Entry<String, List<TemplateInvocation>> entry : calls.entrySet()) {
            Map<String, List<String>> own = macros.computeIfAbsent(TemplateLoops.strip(entry.getKey()), k -> new HashMap<>());
            for (TemplateInvocation call : entry.getValue()) {
                if (call.kind() == Kind.MACRO) {
                    own.put(call.name(), call.named());
                }
                if ((call.kind() == Kind.INCLUDE || call.kind() == Kind.EXTENDS || call.kind() == Kind.IMPORT
                        || call.kind() == Kind.NAMESPACE) && (call.kind() == Kind.NAMESPACE ? call.target() : call.name()).isEmpty()) {
                    literal = false;
                }
            }
        }
        this.literal = literal;
    }

    /** The findings in {@code template} (as Pebble names it), its calls {@code list}. */
    List<TemplateNames.Finding> check(String template, List<TemplateInvocation> list) {
        String at = TemplateLoops.strip(template);
        List<TemplateNames.Finding> findings = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        Set<String> read = new HashSet<>();
        Map<String, Map<String, TemplateInvocation>> namespaces = new HashMap<>();
        for (TemplateInvocation call : list) {
            switch (call.kind()) {
                case BOUND -> bound.add(call.name());
                case VARIABLE -> read.add(call.name());
                case NAMESPACE -> namespaces.computeIfAbsent(call.scope(), k -> new HashMap<>()).putIfAbsent(call.name(), call);
                default -> { }
            }
        }
        for (TemplateInvocation call : list) {
            if (call.kind() == Kind.NAMESPACE_CALL) {
                TemplateInvocation namespace = namespaces.getOrDefault(call.scope(), Map.of()).get(call.target());
                TemplateNames.Finding finding = namespace != null ? namespaceCall(at, call, namespace)
                        : bound.contains(call.target()) ? null : unimported(at, call, namespaces, read);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    /** {@code m.box(...)} where m is imported in the scope of the call: x's macro, with no more arguments than it takes. */
    private TemplateNames.Finding namespaceCall(String at, TemplateInvocation call, TemplateInvocation namespace) {
        Map<String, List<String>> defined = macros.get(TemplateLoops.strip(namespace.target()));
        if (defined == null) {
            return null; // a computed name, or a template the build did not compile
        }
        String imported = "the template templates/" + TemplateLoops.strip(namespace.target()) + ".peb (imported as '"
                + namespace.name() + "' on line " + namespace.line() + ")";
        List<String> arguments = defined.get(call.name());
        if (arguments == null) {
            String suggestion = Suggestions.closest(call.name(), defined.keySet()).map(name -> " (" + Suggestions.question(name) + ")").orElse("");
            String fix = defined.isEmpty() ? "define it there with {% macro " + call.name() + "() %}, or remove the call"
                    : "call one of its macros (" + String.join(", ", new TreeSet<>(defined.keySet())) + "), or define it there";
            return new TemplateNames.Finding(at, call.line(), imported + " defines no macro named '" + call.name() + "'" + suggestion, fix);
        }
        return arguments(at, call, namespace.name() + "." + call.name(), arguments);
    }

    /** A macro's call given more arguments than it declares, or a named one it does not declare; else null. */
    static TemplateNames.Finding arguments(String at, TemplateInvocation call, String shown, List<String> declared) {
        String takes = declared.isEmpty() ? "takes no arguments" : "takes " + declared.size() + " argument"
                + (declared.size() == 1 ? "" : "s") + " (" + String.join(", ", declared) + ")";
        if (call.positional() > declared.size()) {
            return new TemplateNames.Finding(at, call.line(), "the macro '" + shown + "' " + takes + " and is given "
                    + call.positional(), "remove the extra ones");
        }
        if (!declared.isEmpty()) {
            for (String name : call.named()) {
                if (!declared.contains(name)) {
                    String suggestion = Suggestions.closest(name, declared).map(n -> " (" + Suggestions.question(n) + ")").orElse("");
                    return new TemplateNames.Finding(at, call.line(), "the macro '" + shown + "' has no argument named '" + name
                            + "'" + suggestion + "; it " + takes, "use one of its arguments' names, or remove it");
                }
            }
        }
        return null;
    }

    /**
     * A macro's call by its name with arguments it does not take, where it is certain which macro runs: one the
     * template defines or a from tag imports, else one that every template defining a macro of that name declares alike.
     */
    TemplateNames.Finding direct(String template, TemplateInvocation call, Map<String, String> fromNames) {
        String at = TemplateLoops.strip(template);
        String from = fromNames.get(call.name());
        List<String> declared;
        if (from != null) {
            int hash = from.lastIndexOf('#');
            Map<String, List<String>> defined = macros.get(TemplateLoops.strip(from.substring(0, hash)));
            declared = defined == null ? null : defined.get(from.substring(hash + 1));
        } else {
            Set<List<String>> all = new HashSet<>();
            macros.values().forEach(defined -> {
                if (defined.containsKey(call.name())) {
                    all.add(defined.get(call.name()));
                }
            });
            declared = all.size() == 1 ? all.iterator().next() : null;
        }
        return declared == null ? null : arguments(at, call, call.name(), declared);
    }

    /** {@code m.box(...)} where nothing is imported as m in the scope of the call, or null where m may be a variable. */
    private TemplateNames.Finding unimported(String at, TemplateInvocation call,
                                             Map<String, Map<String, TemplateInvocation>> namespaces,
                                             Set<String> read) {
        String name = call.target();
        TemplateInvocation outside = namespaces.getOrDefault("", Map.of()).get(name);
        if (!call.scope().isEmpty() && outside != null) {
            return new TemplateNames.Finding(at, call.line(), "'" + name + "' is imported on line " + outside.line()
                    + ", outside the macro " + call.scope() + ", and a macro sees only its arguments and what it imports itself",
                    "put {% import \"" + TemplateLoops.strip(outside.target()) + "\" as " + name + " %} inside the macro " + call.scope()
                    + ", or pass " + name + " to it as an argument");
        }
        if (!call.scope().isEmpty() || !literal || GIVEN.contains(name) || sharing.givenTo(at).contains(name)) {
            return null;
        }
        Set<String> seen = sharing.sharing(at);
        List<String> elsewhere = new ArrayList<>();
        for (Map.Entry<String, List<TemplateInvocation>> entry : calls.entrySet()) {
            for (TemplateInvocation other : entry.getValue()) {
                if (other.kind() == Kind.NAMESPACE && other.name().equals(name) && other.scope().isEmpty()) {
                    if (seen.contains(TemplateLoops.strip(entry.getKey()))) {
                        return null; // a template that includes or extends this one (or it them) imports it
                    }
                    elsewhere.add("{% import \"" + TemplateLoops.strip(other.target()) + "\" as " + name + " %}");
                }
            }
        }
        if (!elsewhere.isEmpty()) {
            return new TemplateNames.Finding(at, call.line(), "nothing is imported as '" + name + "' in this template (another "
                    + "template imports one so, which this one does not see)", "add " + elsewhere.get(0) + " to this template");
        }
        Map<String, TemplateInvocation> here = namespaces.getOrDefault("", Map.of());
        if (read.contains(name) || Partials.ALL.contains(at) || XmlFiles.TEMPLATES.contains(at) || sharing.boundIn(seen, name)) {
            return null; // a variable of the template's, used as one elsewhere in it, or one folio or a template gives it
        }
        java.util.Optional<String> close = Suggestions.closest(name, here.keySet());
        if (close.isPresent()) {
            return new TemplateNames.Finding(at, call.line(), "nothing is imported as '" + name + "' in this template ("
                    + Suggestions.question(close.get()) + " It is imported on line " + here.get(close.get()).line() + ")",
                    "write " + close.get() + "." + call.name() + "(...), or import the template as " + name);
        }
        // No variable and no import has the name: the call fails wherever it runs.
        TreeSet<String> defining = new TreeSet<>();
        macros.forEach((template, defined) -> {
            if (defined.containsKey(call.name())) {
                defining.add(template);
            }
        });
        String fix = defining.isEmpty() ? "import the template that defines " + call.name() + " with {% import \"...\" as " + name
                + " %}, or correct the name" : "add {% import \"" + defining.first() + "\" as " + name + " %} to this template (" + defining.first()
                + ".peb defines a macro " + call.name() + "), or correct the name";
        return new TemplateNames.Finding(at, call.line(), "nothing is imported as '" + name + "' in this template and no variable has "
                + "that name", fix);
    }
}
