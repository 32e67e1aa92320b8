package folio.i18n;

import folio.i18n.TranslationStatus.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code translates: <hash>} into a translation file's text line by line: the value of
 * an existing {@code translates:} line is replaced, otherwise a line is inserted (after the
 * entry's id, or last in a page's front matter). Nothing else in the file changes: comments,
 * quoting, order and blank lines stay as the translator wrote them.
 */
public final class Stamps {
    private static final Pattern VALUE = Pattern.compile("^(\\s*(?:-\\s+)?translates:)[ \\t]*[^#\\s]*");

    /** What stamping one file did: its new text, and the entries it could not stamp (with why). */
    public record Result(String text, List<TranslationStatus> stamped, List<String> refused) {}

    private Stamps() {}

    /**
     * {@code text} with a stamp written for each of {@code statuses} (all of one file). A
     * missing translation or one that lacks texts is refused: a stamp says "this renders the
     * English as it is now", which only the translator can say of a finished translation.
     */
    public static Result apply(String text, List<TranslationStatus> statuses) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<TranslationStatus> stamped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<TranslationStatus> sorted = new ArrayList<>(statuses);
        // Bottom up, so an inserted line does not move the places still to stamp.
        sorted.sort(Comparator.comparingInt((TranslationStatus s) -> s.stamp() == null ? 0 : s.stamp().line()).reversed());
        for (TranslationStatus status : sorted) {
            TranslationStatus.Stamp place = status.stamp();
            String name = label(status);
            if (status.state() == State.MISSING) {
                refused.add(name + ": " + status.detail() + " (translate the rest first)");
            } else if (place == null || place.line() < 1 || place.line() > lines.size() + 1
                    || !place.replace() && isEntry(status) && place.line() > 1 && lines.get(place.line() - 2).contains("{")) {
                refused.add(name + ": written in flow style ({...}); add translates: " + status.hash() + " by hand");
            } else if (place.replace()) {
                Matcher matcher = VALUE.matcher(lines.get(place.line() - 1));
                if (!matcher.find()) {
                    refused.add(name + ": its translates: line is not a plain key: value line; write " + status.hash());
                    continue;
                }
                lines.set(place.line() - 1, matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + " " + status.hash())));
                stamped.add(status);
            } else {
                lines.add(place.line() - 1, " ".repeat(place.indent()) + "translates: " + status.hash());
                stamped.add(status);
            }
        }
        stamped.sort(Comparator.comparingInt(s -> s.stamp().line()));
        return new Result(String.join("\n", lines), List.copyOf(stamped), List.copyOf(refused));
    }

    private static boolean isEntry(TranslationStatus status) {
        return !status.kind().equals(TextField.PAGES) && !status.kind().equals(TextField.PROVISIONS);
    }

    static String label(TranslationStatus status) {
        return switch (status.kind()) {
            case TextField.PAGES -> "page " + status.id();
            case TextField.PROVISIONS -> "provision " + status.id();
            default -> folio.content.ContentParser.singular(status.kind()) + " '" + status.id() + "'";
        };
    }
}
