package folio.diag;

public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    /** Says something about the other diagnostics (how many were left out); not a problem itself. */
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
