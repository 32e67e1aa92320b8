package folio.serve;

import folio.project.Project;
import java.io.PrintStream;

/** Placeholder until the preview server lands. */
public final class PreviewServer {
    private PreviewServer() {}

    public static int serve(Project project, String baseUrl, boolean drafts, int port, PrintStream out, PrintStream err) {
        err.println("folio: serve is not available yet");
        return 2;
    }
}
