package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueMisuseTest {
    @Test
    void saysWhatWasMisusedWithoutJavasNames() {
        assertEquals("a text that is not a number (\"About\") was used as a number",
                ValueMisuse.describe(new NumberFormatException("For input string: \"About\"")));
        assertEquals("a text that is not a number was used as a number", ValueMisuse.describe(new NumberFormatException()));
        assertEquals("a value of one kind was used as another (a text as a number or a list, say)",
                ValueMisuse.describe(new ClassCastException("class java.lang.String cannot be cast to class java.lang.Number "
                        + "(java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')")));
        assertEquals("a value that is missing (null) was used", ValueMisuse.describe(new NullPointerException()));
        assertEquals("a calculation cannot be done (/ by zero)", ValueMisuse.describe(new ArithmeticException("/ by zero")));
        assertEquals("a place past the end of a list or text was asked for",
                ValueMisuse.describe(new IndexOutOfBoundsException("Index 3 out of bounds for length 2")));
        assertEquals("a value was used in a way it does not allow",
                ValueMisuse.describe(new UnsupportedOperationException("java.util.ImmutableCollections$ListN.add")));
    }
}
