package folio.render;

import java.util.List;

/**
 * A name a template uses, as {@link TemplateInvocations} finds it. A filter, test or function (or macro: a
 * function call may be either) named at {@code line}, with its positional arguments and the names of its named
 * ones ({@code named}); for {@link Kind#MACRO}, a macro defined there, {@code named} its arguments; for
 * {@link Kind#FROM}, a {@code {% from ... import ... %}} there whose names were not read (its macros may be called
 * by any name); for {@link Kind#ALIAS}, a name a from tag gives ({@code as}, or the macro's own), with
 * {@code target} the template it names ({@code ""} when computed) and the macro's name there, as
 * {@code template#macro}; for {@link Kind#IMPORT}, an {@code {% import %}} without a name of the template named
 * (empty when its name is computed); for {@link Kind#NAMESPACE}, an {@code {% import "x" as m %}}: {@code name} m,
 * {@code target} x (empty when computed); for {@link Kind#NAMESPACE_CALL}, {@code m.box(...)}: {@code name} box,
 * {@code target} m. {@link Kind#BOUND}: a variable a set or for tag or a macro's argument names;
 * {@link Kind#VARIABLE}: a variable read (once per name); {@link Kind#GIVEN}: a key of an include's map (a
 * variable of the partial it names, {@code target}); {@link Kind#INCLUDE}, {@link Kind#EXTENDS}: the template an
 * include or extends tag names ({@code name}, empty when computed). {@link Kind#FROM_OUTSIDE_BLOCKS}: a from tag
 * outside every block and macro (which a template that extends another never runs), its line. {@code scope} is the
 * macro the name is met in ({@code ""}: outside every macro).
 */
record TemplateInvocation(Kind kind, String name, int line, int positional, String target, List<String> named,
                          String scope) {
    enum Kind {
        FILTER, TEST, FUNCTION, MACRO, FROM, IMPORT, ALIAS, NAMESPACE, NAMESPACE_CALL, BOUND, VARIABLE, GIVEN, INCLUDE, EXTENDS,
        FROM_OUTSIDE_BLOCKS
    }

    TemplateInvocation {
        named = List.copyOf(named);
    }

    TemplateInvocation(Kind kind, String name, int line, int positional, String target) {
        this(kind, name, line, positional, target, List.of(), "");
    }

    TemplateInvocation(Kind kind, String name, int line, int positional) {
        this(kind, name, line, positional, "");
    }
}
