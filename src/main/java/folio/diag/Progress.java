package folio.diag;

/**
 * How far a build has got, for a person watching a terminal: the stage it is in and, where a
 * stage can count, how many of its items are done. Only the command line shows it
 * ({@code folio.ProgressLine}); every other caller passes {@link #NONE}. Calls may come from any
 * thread and must cost next to nothing: {@link #advance} runs once per rendered page.
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String text) {}

        @Override
        public void counted(String verb, int total, String unit) {}

        @Override
        public void advance() {}
    };

    /** A stage begins whose items are not counted one by one: "assembling the site". */
    void stage(String text);

    /** A stage begins that counts its items: "rendering", 10000, "pages"; {@link #advance} after each. */
    void counted(String verb, int total, String unit);

    /** One more item of the current counted stage is done; ignored in a stage that does not count. */
    void advance();

    /** "10,002 files", "1 file". */
    static String count(int n, String noun) {
        return grouped(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** "10,002": digits grouped by hand, as java.util.Formatter's first use costs a fresh JVM about 10 ms. */
    static String grouped(int n) {
        StringBuilder digits = new StringBuilder(Integer.toString(n));
        for (int at = digits.length() - 3; at > (n < 0 ? 1 : 0); at -= 3) {
            digits.insert(at, ',');
        }
        return digits.toString();
    }
}
