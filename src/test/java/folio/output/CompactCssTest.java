package folio.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A copied style sheet loses its comments and needless white space, and nothing that a rule means. */
class CompactCssTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "comments go|/* theme */\\na { color: red; } /* end */|a{color:red}",
            "a comment between words leaves a space|a/* x */b{}|a b{}",
            "an unclosed comment runs to the end|a{}/* open|a{}",
            "indentation and blank lines go|@media (max-width: 40em) {\\n  .a { top: 0; }\\n\\n\t.b { top: 1px; }\\n}|@media (max-width:40em){.a{top:0}.b{top:1px}}",
            "the space before a bracket stays|@media screen and (min-width: 1px) {a{}}|@media screen and (min-width:1px){a{}}",
            "a descendant pseudo-class keeps its space|.x :focus, .y:hover { outline: 0 }|.x :focus,.y:hover{outline:0}",
            "calc keeps the spaces it needs|a { width: calc(100% - 2 * 1rem); }|a{width:calc(100% - 2 * 1rem)}",
            "inside brackets the edges go|a { color: rgb( 1, 2, 3 ); }|a{color:rgb(1,2,3)}",
            "strings are copied exactly|a::after { content: \" <\"   attr(href)   \"> \"; }|a::after{content:\" <\" attr(href) \"> \"}",
            "a comment inside a string is text|a::after { content: '/* not a comment */'; }|a::after{content:'/* not a comment */'}",
            "escaped quotes stay in their string|a::after { content: \"a\\\"  /* b\"; }|a::after{content:\"a\\\"  /* b\"}",
            "escapes outside strings are kept|.a\\:b  { top: 0 }|.a\\:b{top:0}",
            "an unquoted url is copied exactly|a { background: url(data:x/*y*/z) no-repeat; }|a{background:url(data:x/*y*/z) no-repeat}",
            "a quoted url is a string|a { background: url( \"a b.png\" ); }|a{background:url(\"a b.png\")}",
            "only the last semicolon of a block goes|a { top: 0; left: 0; }|a{top:0;left:0}",
            "important stays|a { color: red !important; }|a{color:red !important}",
            "non-ASCII is kept|.x::before { content: \"›\"; }|.x::before{content:\"›\"}",
            "no space after a colon|a { top : 0 } @media (min-width:  1px) { b:hover { left:\\n0 } }|a{top :0}@media (min-width:1px){b:hover{left:0}}",
            "an escaped colon keeps the space after it|.a\\: b { top: 0 }|.a\\: b{top:0}",
            "nothing but comments is nothing|/* a */ /* b */|``"})
    void compacts(String name, String css, String expected) {
        // \n in a case is a line break (a CSV line cannot hold one).
        assertEquals(expected, CompactCss.of(css.replace("\\n", "\n")), name);
    }

    @Test
    void aSheetsFileEndsWithALineBreak() {
        assertArrayEquals("a{top:0}\n".getBytes(StandardCharsets.UTF_8),
                CompactCss.of("/* x */\na {\n  top: 0;\n}\n".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(new byte[0], CompactCss.of("/* only a comment */\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSheetThatIsNotUtf8IsCopiedAsItIs() {
        byte[] latin1 = "a { content: \"\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(latin1, CompactCss.of(latin1));
    }

    @Test
    void onlyStyleSheetsAreCompacted() {
        assertTrue(CompactCss.applies("style.css"));
        assertTrue(CompactCss.applies("uk/extra.css"));
        assertFalse(CompactCss.applies("terms.js"));
        assertFalse(CompactCss.applies("favicon.svg"));
    }

    /** Every sheet of the theme: smaller, and with the same rules once comments and white space are set aside. */
    @Test
    void theThemesSheetsKeepEveryRule() throws IOException {
        List<Path> sheets;
        try (var files = Files.list(Path.of("templates/static"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(sheets.isEmpty());
        for (Path sheet : sheets) {
            String css = Files.readString(sheet);
            String compact = CompactCss.of(css);
            assertTrue(compact.length() < css.length(), sheet + " did not get smaller");
            assertFalse(compact.contains("/*"), sheet + " kept a comment");
            assertFalse(compact.contains("\n"), sheet + " kept a line break");
            assertEquals(squeezed(withoutComments(css)), squeezed(compact), sheet + " changed a rule");
            assertEquals(compact, CompactCss.of(compact), sheet + ": compacting twice changes it again");
        }
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** The theme's sheets have no comment-like text inside a string, so a pattern can take their comments out. */
    private static String withoutComments(String css) {
        return COMMENT.matcher(css).replaceAll(" ");
    }

    /** All white space and the semicolons before a closing brace out: what both forms must agree on. */
    private static String squeezed(String css) {
        Matcher m = Pattern.compile(";\\s*}").matcher(css.replaceAll("\\s+", ""));
        return m.replaceAll("}").replaceAll(";}", "}");
    }
}
