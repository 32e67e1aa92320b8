package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("--base-url URL") && text.contains("check") && text.contains("Exit codes"), text);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("bulid"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'bulid'"));
        assertEquals(2, run("build", "--output"));
        assertEquals(2, run("build", "--colour"));
        assertEquals(2, run("serve", "--port", "http"));
    }
}
