package folio.render;

import folio.render.TemplateInvocation.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which templates share variables as they run, read from their calls ({@link TemplateInvocations}): a template sees
 * what the templates it extends or that extend it set (their blocks run together) and what the templates including
 * it set, and an include's map gives it variables. For {@link MacroCallCheck}, to tell a namespace a template does
 * not import from one a template that runs with it does.
 */
final class TemplateSharing {
    private final Map<String, List<TemplateInvocation>> calls;

    /** {@code calls}: each compiled template's calls, by template name as Pebble names it. */
    TemplateSharing(Map<String, List<TemplateInvocation>> calls) {
        this.calls = calls;
    }

    /** Whether one of {@code templates} sets {@code name} (a set or for tag, a macro's argument, an import or an include's map). */
    boolean boundIn(Set<String> templates, String name) {
        for (Map.Entry<String, List<TemplateInvocation>> entry : calls.entrySet()) {
            boolean shared = templates.contains(TemplateLoops.strip(entry.getKey()));
            for (TemplateInvocation call : entry.getValue()) {
                if (call.name().equals(name) && (shared && (call.kind() == Kind.BOUND || call.kind() == Kind.NAMESPACE)
                        || call.kind() == Kind.GIVEN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The variables include tags' maps give the template {@code at}. */
    Set<String> givenTo(String at) {
        Set<String> given = new HashSet<>();
        calls.values().forEach(list -> list.stream().filter(call -> call.kind() == Kind.GIVEN
                && TemplateLoops.strip(call.target()).equals(at)).forEach(call -> given.add(call.name())));
        return given;
    }

    /**
     * The templates whose imports {@code at} may see as it runs: those it extends and those that extend it (their
     * blocks run together), and, for each of these, the templates that include it and what those see in turn.
     */
    Set<String> sharing(String at) {
        Map<String, Set<String>> parents = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        Map<String, Set<String>> includers = new HashMap<>();
        calls.forEach((template, list) -> list.forEach(call -> {
            String from = TemplateLoops.strip(template);
            String to = TemplateLoops.strip(call.name());
            if (call.kind() == Kind.EXTENDS) {
                parents.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                children.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            } else if (call.kind() == Kind.INCLUDE) {
                includers.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            }
        }));
        Set<String> seen = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(at));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (!expanded.add(next)) {
                continue;
            }
            Set<String> family = new HashSet<>(closure(next, parents));
            family.addAll(closure(next, children));
            for (String member : family) {
                seen.add(member);
                queue.addAll(includers.getOrDefault(member, Set.of()));
            }
        }
        seen.remove(at);
        return seen;
    }

    /** {@code start} and every template {@code links} leads to from it. */
    private static Set<String> closure(String start, Map<String, Set<String>> links) {
        Set<String> reached = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (reached.add(next)) {
                queue.addAll(links.getOrDefault(next, Set.of()));
            }
        }
        return reached;
    }
}
