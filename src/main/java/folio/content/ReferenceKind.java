package folio.content;

/**
 * What a {@code [[kind:id]]} reference points at. Declared in alphabetical order, the order
 * messages list the kinds in. Only a page reference takes an {@code #anchor}.
 */
public enum ReferenceKind implements Keyword {
    ACTOR, EVENT, PAGE, PROVISION, SOURCE, TERM;

    @Override
    public String toString() {
        return id();
    }
}
