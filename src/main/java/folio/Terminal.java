package folio;

import java.time.Duration;
import java.util.Map;

/**
 * Whether the command line talks to a person at a terminal, and how long a build runs before it
 * shows its progress line there. Injected into {@link Main#run} so tests can be either without
 * a real terminal.
 *
 * @param console       standard input and output are a terminal ({@code System.console() != null})
 * @param progressDelay how long a build runs before the progress line appears
 */
record Terminal(boolean console, Duration progressDelay) {
    /** Output to a file, a pipe or a test: never a progress line. */
    static final Terminal NONE = new Terminal(false, Duration.ZERO);

    /** The process's own standard output; progress after about a second. */
    static Terminal detect() {
        java.io.Console console = System.console();
        return new Terminal(console != null && isTerminal(console), Duration.ofSeconds(1));
    }

    /** From Java 22 a console exists even when output is redirected; its isTerminal() then says false. */
    private static boolean isTerminal(java.io.Console console) {
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console is only there on a terminal
        }
    }

    /**
     * A progress line only on a terminal that can rewrite a line ({@code TERM=dumb} cannot) and
     * never under CI (some CI runners give builds a pseudo-terminal, and their logs keep every
     * rewrite as a line of its own).
     */
    boolean showsProgress(Map<String, String> environment) {
        String ci = environment.getOrDefault("CI", "");
        return console && !"dumb".equals(environment.get("TERM")) && (ci.isEmpty() || ci.equals("false") || ci.equals("0"));
    }
}
