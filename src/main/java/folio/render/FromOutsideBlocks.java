package folio.render;

import folio.render.TemplateInvocation.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code {% from "x" import box %}} outside every block of a template that extends another, for
 * {@link TemplateNames}. Pebble runs only set and import tags there (a child template's own text outside its blocks
 * is never output), so the from tag never runs and {@code box} does not exist in the blocks: a call of it fails with
 * "Function or Macro [box] does not exist", which says neither why nor what to do. A from tag inside the block runs
 * when the block does, and so does {@code {% import "x" %}} outside blocks (verified by {@code FromOutsideBlocksTest}).
 */
final class FromOutsideBlocks {
    private FromOutsideBlocks() {}

    /** The findings in {@code template} (name without .peb), its calls {@code list}. */
    static List<TemplateNames.Finding> check(String template, List<TemplateInvocation> list) {
        if (list.stream().noneMatch(call -> call.kind() == Kind.EXTENDS)) {
            return List.of();
        }
        Set<Integer> unrun = new HashSet<>();
        list.stream().filter(call -> call.kind() == Kind.FROM_OUTSIDE_BLOCKS).forEach(call -> unrun.add(call.line()));
        if (unrun.isEmpty()) {
            return List.of();
        }
        Map<String, TemplateInvocation> lost = new HashMap<>();
        Set<String> given = new HashSet<>();
        for (TemplateInvocation call : list) {
            if (call.kind() == Kind.ALIAS && unrun.contains(call.line())) {
                lost.putIfAbsent(call.name(), call);
            } else if (call.kind() == Kind.ALIAS || call.kind() == Kind.MACRO && call.scope().isEmpty()) {
                given.add(call.name()); // imported by a from tag that runs, or defined here
            }
        }
        List<TemplateNames.Finding> findings = new ArrayList<>();
        for (int line : unrun) {
            findings.add(new TemplateNames.Finding(template, line, "this from tag is outside every block of a template that extends "
                    + "another, where Pebble never runs it, so the macros it imports do not exist in the blocks",
                    "move it into each block that calls them, or write {% import \"...\" %} here (an import tag outside "
                    + "blocks does run)", true));
        }
        for (TemplateInvocation call : list) {
            TemplateInvocation from = call.kind() == Kind.FUNCTION && !given.contains(call.name()) ? lost.get(call.name()) : null;
            if (from != null) {
                findings.add(new TemplateNames.Finding(template, call.line(), "'" + call.name() + "' is imported by the from tag on line "
                        + from.line() + ", which is outside every block of a template that extends another: Pebble never "
                        + "runs it there, so no macro '" + call.name() + "' exists in the blocks",
                        "move the from tag into the block that calls it (line " + call.line() + "'s block)"));
            }
        }
        return findings;
    }

}
