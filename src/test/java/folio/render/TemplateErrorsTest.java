package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pebble gives a syntax error a line and no column: what the message quotes, and where an unclosed tag began. */
class TemplateErrorsTest {
    @Test
    void aSyntaxErrorQuotesItsLine() {
        assertEquals("; the line reads: {% endblok %}", TemplateLines.quoted("<p>\n  {% endblok %}\n", 2, "Unexpected tag name \"endblok\""));
        assertEquals("", TemplateLines.quoted("<p>\n\n", 2, "x"), "a blank line quotes nothing");
        assertEquals("", TemplateLines.quoted("<p>\n", 7, "x"), "past the end (Pebble's end of file) quotes nothing");
        assertEquals("", TemplateLines.quoted("<p>\n", 0, "x"));
    }

    @Test
    void aLongLineIsCutAroundTheTokenPebbleNames() {
        String line = "a".repeat(200) + "{% endfi %}" + "b".repeat(200);
        String quoted = TemplateLines.quoted(line, 1, "Unexpected tag name \"endfi\"");
        String shown = quoted.substring("; the line reads: ".length());
        assertEquals(80 + 6, shown.length(), shown);
        assertEquals(true, shown.contains("{% endfi %}"), shown);
        assertEquals(true, shown.startsWith("...") && shown.endsWith("..."), shown);
        String filter = TemplateLines.quoted("x".repeat(300) + "{{ a | uper }}", 1, "Filter [uper] does not exist.");
        assertEquals(true, filter.contains("uper"), filter);
        assertEquals(true, TemplateLines.quoted("c".repeat(300), 1, "no token").endsWith("c..."));
    }

    @Test
    void anUnclosedTagIsFoundWhereItWasOpened() {
        assertEquals(3, TemplateLines.unclosedTag("<html>\n<body>\n{% if a %}\n<h1>\n</body>\n", "if"));
        assertEquals(1, TemplateLines.unclosedTag("{% if a %}\n{%- if b %}x{% endif %}\n", "if"));
        assertEquals(2, TemplateLines.unclosedTag("{% if a %}{% endif %}\n{% if b %}{% elseif c %}\n", "if"));
        assertEquals(0, TemplateLines.unclosedTag("{% if a %}{% endif %}", "if"));
        assertEquals(2, TemplateLines.unclosedTag("{% for x in y %}{% endfor %}\n{%for z in y%}", "for"));
    }

    /**
     * Pebble's parser throws an IndexOutOfBoundsException, naming no template, when a partial ends
     * inside a tag; after the JIT has seen it often (a preview session), the exception has no
     * stack trace. Either way it is the crashed template's error, the layout's own first.
     */
    @Test
    void anExceptionFromCompilingIsTheCrashedTemplates() {
        IndexOutOfBoundsException fromParser = new IndexOutOfBoundsException("Index 6 out of bounds for length 6");
        fromParser.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 1),
            new StackTraceElement("io.pebbletemplates.pebble.lexer.TokenStream", "next", "TokenStream.java", 42),
            new StackTraceElement("io.pebbletemplates.pebble.PebbleEngine", "getTemplate", "PebbleEngine.java", 118)});
        assertEquals("partials/box", PebbleCrashes.crashedTemplate(fromParser, "page", java.util.List.of("partials/box", "z")));
        assertEquals("page", PebbleCrashes.crashedTemplate(fromParser, "page", java.util.List.of("a", "page")));
        assertEquals(null, PebbleCrashes.crashedTemplate(fromParser, "page", java.util.List.of()), "nothing crashed");
        IndexOutOfBoundsException withoutTrace = new IndexOutOfBoundsException();
        withoutTrace.setStackTrace(new StackTraceElement[0]);
        assertEquals("partials/box", PebbleCrashes.crashedTemplate(withoutTrace, "page", java.util.List.of("partials/box")));
        IndexOutOfBoundsException fromRendering = new IndexOutOfBoundsException();
        fromRendering.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.pebbletemplates.pebble.node.PrintNode", "render", "PrintNode.java", 1)});
        assertEquals(null, PebbleCrashes.crashedTemplate(fromRendering, "page", java.util.List.of("partials/box")),
                "a value misused while rendering is not a compile crash");
    }
}
