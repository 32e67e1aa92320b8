package folio.diag;

/**
 * Thrown to stop the build between stages. It carries no message of its own: the diagnostics
 * collected so far say what is wrong; it carries the exit code: 1 content or template errors,
 * 2 configuration and usage problems, {@link #BUSY} another build holding the output.
 */
public final class BuildFailure extends Exception {
    /** Another build is writing the same output folder: try again later (EX_TEMPFAIL of sysexits.h). */
    public static final int BUSY = 75;
    private final int exitCode;

    public BuildFailure(boolean usage) {
        this(usage ? 2 : 1);
    }

    private BuildFailure(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    /** The output folder is locked by another build. */
    public static BuildFailure busy() {
        return new BuildFailure(BUSY);
    }

    public int exitCode() {
        return exitCode;
    }
}
