package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A negative number after 'new' is a wrong number or id, not an unknown option. */
class CommandLineNumberTest {
    @Test
    void aNegativeProvisionNumberIsAnErrorAboutTheNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"new", "provision", "-1"}));
        assertEquals("'-1' is a negative number: a provision is numbered from 1 to 999, like: folio new provision 29", e.getMessage());
    }

    @Test
    void aNegativeIdIsAnErrorAboutTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"new", "actor", "-5"}));
        assertEquals("'-5' is a negative number: an id is lower-case letters, digits and hyphens and starts with a letter or digit",
                e.getMessage());
    }

    @Test
    void anUnknownOptionIsStillOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"build", "-1"}));
        assertEquals("unknown option '-1'", e.getMessage());
    }
}
