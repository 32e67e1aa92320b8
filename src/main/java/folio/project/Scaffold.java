package folio.project;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until scaffolding lands. */
public final class Scaffold {
    private Scaffold() {}

    public static int create(Project project, List<String> arguments, PrintStream out, PrintStream err) {
        err.println("folio: new is not available yet");
        return 2;
    }
}
