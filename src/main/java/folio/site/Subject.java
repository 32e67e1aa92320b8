package folio.site;

import folio.content.Keyword;

/**
 * What a reaction responds to: the plan's first version ({@code draft}), a later version
 * ({@code version}), one point of it ({@code provision}) or a related matter ({@code related},
 * such as a loan or sanctions). Only the first three are stances on the plan. {@code document}
 * is set for draft and version, {@code provision} for provision; {@code url} is null for a related matter.
 */
public record Subject(Kind kind, String label, String url, Document document, Provision provision) {
    /** The four things a reaction can respond to, as {@code subject:} names them before any colon. */
    public enum Kind implements Keyword {
        DRAFT, VERSION, PROVISION, RELATED;

        @Override
        public String toString() {
            return id();
        }
    }

    /** True unless the reaction is about a related matter: only these carry a stance on the plan. */
    public boolean onPlan() {
        return kind != Kind.RELATED;
    }

    public boolean related() {
        return kind == Kind.RELATED;
    }

    /** The label as it reads after "on" inside a sentence: "on the 28-point draft", "on point 21 (Territory)". */
    public String inSentence() {
        // A point's label in any language ("Point 21", "Пункт 21") reads in lower case mid-sentence.
        if (label.startsWith("The ") || kind == Kind.PROVISION) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
