package folio.render;

/**
 * What a plain Java exception thrown inside a template's operator, filter or test means, in a
 * theme author's words: the exception's name and Java's own message (class names, modules,
 * loaders) say nothing to someone who wrote {@code {{ -page.title }}}.
 */
final class ValueMisuse {
    private static final String NOT_A_NUMBER = "For input string: ";

    private ValueMisuse() {}

    /** The misuse {@code thrown} stands for, as a phrase ("a text that is not a number ("About") was used as a number"). */
    static String describe(Throwable thrown) {
        String detail = thrown.getMessage();
        if (thrown instanceof NumberFormatException) {
            String value = detail != null && detail.startsWith(NOT_A_NUMBER) ? " (" + detail.substring(NOT_A_NUMBER.length()) + ")" : "";
            return "a text that is not a number" + value + " was used as a number";
        }
        if (thrown instanceof ClassCastException) {
            return "a value of one kind was used as another (a text as a number or a list, say)";
        }
        if (thrown instanceof NullPointerException) {
            return "a value that is missing (null) was used";
        }
        if (thrown instanceof ArithmeticException) {
            return "a calculation cannot be done" + (detail == null ? "" : " (" + detail + ")");
        }
        if (thrown instanceof IndexOutOfBoundsException) {
            return "a place past the end of a list or text was asked for";
        }
        return "a value was used in a way it does not allow";
    }
}
