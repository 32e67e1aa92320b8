package folio.diag;

/**
 * Thrown to stop the build between stages. It carries no message of its own: the diagnostics
 * collected so far say what is wrong. {@code usage} marks configuration and usage problems (exit 2).
 */
public final class BuildFailure extends Exception {
    private final boolean usage;

    public BuildFailure(boolean usage) {
        super(null, null, false, false);
        this.usage = usage;
    }

    public boolean usage() {
        return usage;
    }
}
