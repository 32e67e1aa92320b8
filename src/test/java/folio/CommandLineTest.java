package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Usage errors (exit 2) that say what was meant. */
class CommandLineTest {
    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(args)).getMessage();
    }

    /** A misspelt command or option, or another generator's name for one (hugo server, --baseURL, -D), is answered. */
    @Test
    void aMisspeltCommandOrOptionIsToldTheNearestOne() {
        assertEquals("unknown command 'server': did you mean 'serve'? use build, check, serve, new, ids or translations",
                refusal("server"));
        assertEquals("unknown option '--baseURL': did you mean '--base-url'?", refusal("build", "--baseURL", "https://x.org/"));
        assertEquals("unknown option '--draft': did you mean '--drafts'?", refusal("build", "--draft"));
        assertEquals("unknown option '--buildDrafts': did you mean '--drafts'?", refusal("serve", "--buildDrafts"));
        assertEquals("unknown option '-D': did you mean '--drafts'?", refusal("-D"));
        assertEquals("unknown option '--destination': did you mean '--output'?", refusal("--destination", "public"));
        assertEquals("unknown option '--colour'", refusal("build", "--colour"));
    }

    /** An option a command does not use was taken and dropped in silence (ids --drafts, build --port 9000). */
    @Test
    void anOptionTheCommandDoesNotUseIsRefused() {
        assertEquals("--port applies to serve, not build", refusal("--port", "9000"));
        assertEquals("--port applies to serve, not check", refusal("check", "--port", "9000"));
        assertEquals("--drafts applies to build, check and serve, not ids", refusal("ids", "--drafts"));
        assertEquals("--base-url applies to build, check and serve, not new",
                refusal("new", "term", "x", "--base-url", "https://x.org/"));
        assertEquals(9000, CommandLine.parse(new String[] {"serve", "--port", "9000", "--drafts"}).port());
        assertEquals("https://x.org/", CommandLine.parse(new String[] {"check", "--base-url", "https://x.org/"}).baseUrl());
    }

    /** --content=DIR, as GNU tools and Hugo take it, was "unknown option '--content=content'". */
    @Test
    void anOptionsValueMayBeJoinedWithEquals() {
        CommandLine joined = CommandLine.parse(new String[] {"build", "--content=notes", "--output=public", "--base-url=https://x.org/?a=b"});
        assertEquals("notes", joined.content());
        assertEquals("public", joined.output());
        assertEquals("https://x.org/?a=b", joined.baseUrl());
        assertEquals(9000, CommandLine.parse(new String[] {"serve", "--port=9000"}).port());
        assertEquals("option --output needs a non-empty value", refusal("build", "--output="));
        assertEquals("unknown option '--drafts=true': --drafts takes no value (write it alone to turn it on)",
                refusal("build", "--drafts=true"));
    }
}
