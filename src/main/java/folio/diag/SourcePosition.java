package folio.diag;

/** Where something was written: a project-relative path and a 1-based line and column. */
public record SourcePosition(String path, int line, int column) {

    public static SourcePosition of(String path, int line) {
        return new SourcePosition(path, line, 0);
    }

    public SourcePosition atLine(int otherLine) {
        return new SourcePosition(path, otherLine, 0);
    }

    @Override
    public String toString() {
        return path + ":" + line + (column > 0 ? ":" + column : "");
    }
}
