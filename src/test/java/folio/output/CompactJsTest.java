package folio.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A copied script loses its comments and needless white space, and nothing its code means; one it cannot read for certain is kept whole. */
class CompactJsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "comments go|/* a\\n b */\\n(function () {\\n  // c\\n  var a = 1; /* d */\\n})();\\n|(function(){var a = 1;})();",
            "a block comment with a line break is one|a = 1 /* x\\n */ b = 2|a = 1\\nb = 2",
            "a block comment without one is a space|var/* x */a|var a",
            "a line break after a value stays|var a = b\\n  c()\\n|var a = b\\nc()",
            "return keeps its line break|function f() {\\n  return\\n  1;\\n}|function f(){return\\n1;}",
            "an object before a call keeps its line break|a = {}\\nb()|a ={}\\nb()",
            "spaces between words and operators stay one|a  +  +b;  x - -y|a + +b;x - -y",
            "strings are copied exactly|var s = '  // not a comment /* */  '  +  \"a\\\" b\";|var s = '  // not a comment /* */  ' + \"a\\\" b\";",
            "a line continuation stays in its string|x('a\\\\n   b' )|x('a\\\\n   b')",
            "blank lines go|a()\\n\\n\\n\\nb()|a()\\nb()",
            "nothing but comments is nothing|// a\\n/* b */|``"})
    void compacts(String name, String js, String expected) {
        // \n in a case is a line break (a CSV line cannot hold one).
        assertEquals(expected.replace("\\n", "\n"), CompactJs.of(js.replace("\\n", "\n")), name);
    }

    /**
     * Tokens that one space or line break keeps apart, each with the exact output: joined, they
     * read as other tokens ({@code a + +b} as {@code a++b}, {@code 1 .x} as the number {@code 1.}
     * then {@code x}, {@code a-- > b} as the HTML-like comment {@code -->}) or as one statement
     * ({@code a\n++b} is {@code a; ++b}). The token comparison of terms.js below would not see
     * any of these joined, as it splits punctuation a character at a time.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plus then unary plus|a + +b|a + +b",
            "minus then unary minus|a - -b|a - -b",
            "minus then decrement|a - --b|a - --b",
            "plus then increment|a + ++b|a + ++b",
            "increment then plus|a++ + b|a++ + b",
            "decrement then greater-than|a-- > b|a-- > b",
            "less-than then not then decrement|a < ! --b|a < ! --b",
            "a number then a property|1 .toString()|1 .toString()",
            "a number then a method|x = 5 .toFixed(1)|x = 5 .toFixed(1)",
            "keywords and names|return  typeof  a  in  b|return typeof a in b",
            "a name that is not ASCII|var  caf\u00e9  =  1|var caf\u00e9 = 1",
            "a no-break space between words|var\u00a0a|var a",
            "a line break before increment is a statement's end|a\\n++b|a\\n++b",
            "a line break before decrement is a statement's end|a\\n--b|a\\n--b",
            "a line separator is a line break|a = b\u2028c()|a = b\\nc()",
            "white space in strings beside operators|'a' +  ' + '  + \"b\"|'a' + ' + ' + \"b\""})
    void tokensThatWouldJoinStayApart(String name, String js, String expected) {
        assertEquals(expected.replace("\\n", "\n"), CompactJs.of(js.replace("\\n", "\n")), name);
    }

    /** What goes: white space beside punctuation that joins nothing, and line breaks where no statement can end. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "spaces beside brackets, commas and semicolons|f ( a , [ b ] ) ;  g ( ) ;|f(a,[b]);g();",
            "line breaks after an opening brace and before a closing one|if (a) {\\n\\n  b()\\n}\\n|if(a){b()}",
            "line breaks after a comma or a semicolon|f(a,\\n  b);\\n\\ng()|f(a,b);g()",
            "leading and trailing white space|\\n\t  a()  \\n\\n|a()"})
    void whatCannotMatterGoes(String name, String js, String expected) {
        assertEquals(expected.replace("\\n", "\n"), CompactJs.of(js.replace("\\n", "\n")), name);
    }

    /** What only a parser could read for certain leaves the whole script as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"var a = b / c; // d", "x = /'/.test(y); /* z */", "var t = `a ${b} // c`; /* d */",
            "a = 1; <!-- b\n/* c */", "#!/usr/bin/env node\n/* a */ b()", "var s = 'open\n/* a */", "a(); /* open",
            "a = b */ c", "return /a  b/g.test(c)", "a = b\n/re/.test(c)", "a = b / c / d"})
    void aScriptItCannotReadForCertainIsLeftAsItIs(String js) {
        assertSame(js, CompactJs.of(js));
    }

    @Test
    void aScriptsFileEndsWithALineBreakAndOneLeftAloneIsCopied() {
        assertArrayEquals("a()\n".getBytes(StandardCharsets.UTF_8), CompactJs.of("// x\na()\n".getBytes(StandardCharsets.UTF_8)));
        byte[] regex = "/* x */ a = /b/;\n".getBytes(StandardCharsets.UTF_8);
        assertSame(regex, CompactJs.of(regex));
        byte[] latin1 = "/* \u00e9 */ a()".getBytes(StandardCharsets.ISO_8859_1);
        assertSame(latin1, CompactJs.of(latin1));
    }

    @Test
    void onlyScriptsAreCompactedAsScripts() {
        assertTrue(CompactJs.applies("terms.js"));
        assertFalse(CompactJs.applies("data/terms.json"));
        assertTrue(CompactFiles.applies("terms.js") && CompactFiles.applies("style.css"));
        assertFalse(CompactFiles.applies("favicon.svg"));
    }

    /**
     * The theme's scripts: terms.js (on every page) gets smaller, with the same tokens and a line
     * break wherever one could end a statement; search.js and search-fold.js, which hold regular
     * expressions, are left as they are.
     */
    @Test
    void theThemesScriptsKeepEveryToken() throws IOException {
        String terms = Files.readString(Path.of("templates/static/terms.js"));
        String compact = CompactJs.of(terms);
        assertTrue(compact.length() < terms.length() * 4 / 5, "terms.js: " + terms.length() + " -> " + compact.length());
        assertFalse(compact.contains("/*") || compact.contains("//"), compact);
        assertEquals(tokens(terms), tokens(compact));
        assertEquals(compact, CompactJs.of(compact), "compacting twice changes it again");
        for (String name : List.of("search.js", "search-fold.js")) {
            String js = Files.readString(Path.of("templates/static", name));
            assertSame(js, CompactJs.of(js), name);
        }
    }

    /**
     * The script's tokens (words, numbers, strings, punctuation) with a "\n" for each line break
     * that follows a token that can end a statement and precedes one that can go on (not ; { , or }):
     * a pattern is enough for a script with no regular expression and no template, as terms.js is.
     */
    private static List<String> tokens(String js) {
        String code = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*").matcher(js).replaceAll(m -> m.group().contains("\n") ? "\n" : " ");
        Matcher m = Pattern.compile("'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"|[\\w$]+|\\n|[^\\s]").matcher(code);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            String token = m.group();
            if (token.equals("\n") && (tokens.isEmpty() || ";{,\n".contains(tokens.get(tokens.size() - 1)))) {
                continue;
            }
            tokens.add(token);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i).equals("\n") && (i + 1 == tokens.size() || tokens.get(i + 1).equals("}")))) {
                kept.add(tokens.get(i));
            }
        }
        return kept;
    }
}
