package folio.render;

import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * A bulleted list whose every item opens with a marker of its own in brackets ("(a) ", "(б) ", "(2) "),
 * as the parts of point 21 do (the map names them 21a to 21d). Such a list is written with class
 * {@code own-markers}, which the theme draws without bullets: each item shows one marker, not a bullet
 * and a letter.
 */
final class OwnMarkers {
    private static final Pattern MARKER = Pattern.compile("\\((?:\\p{L}{1,2}|\\d{1,2})\\)\\s.*", Pattern.DOTALL);

    private OwnMarkers() {}

    /** Whether {@code node} is a bulleted list of which every item's text starts with a bracketed marker. */
    static boolean of(Node node) {
        if (!(node instanceof BulletList) || node.getFirstChild() == null) {
            return false;
        }
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item.getFirstChild() instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof Text text)
                    || !MARKER.matcher(text.getLiteral()).matches()) {
                return false;
            }
        }
        return true;
    }
}
