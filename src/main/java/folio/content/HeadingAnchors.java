package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The anchor of every heading of one text, worked out once for the whole text: its own
 * {@code {#id}}, or the id the heading-anchor extension's {@code IdGenerator} makes from its
 * words ({@code ## My heading} is {@code my-heading}, a second {@code ## My heading}
 * {@code my-heading-1}). The page's
 * HTML, links into the page and the layouts that show a text in parts all read it here, so a text
 * rendered a part at a time gets the anchors it gets whole.
 *
 * <p>Two headings of one text must not end with one anchor, which the generator's numbering alone
 * allows: {@code ## Notes}, {@code ## Notes}, {@code ## Notes 1} are {@code notes}, {@code notes-1}
 * and {@code notes-1} again, and {@code ## Intro {#notes}} takes the anchor {@code ## Notes} gets.
 */
public final class HeadingAnchors {
    private HeadingAnchors() {}

    /** Every heading of {@code document} (in block quotes, list items and footnotes too), in document order. */
    public static List<Heading> headings(Node document) {
        List<Heading> headings = new ArrayList<>();
        collect(document, headings);
        return headings;
    }

    /** Adds {@code block} when it is a heading, else the headings inside it, in document order. */
    public static void addHeadings(Node block, List<Heading> headings) {
        if (block instanceof Heading heading) {
            headings.add(heading);
        } else if (block instanceof Block && !(block instanceof Paragraph)) {
            collect(block, headings);
        }
    }

    private static void collect(Node block, List<Heading> headings) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                headings.add(heading);
            } else if (child instanceof Block && !(child instanceof Paragraph)) {
                // Only blocks hold headings; a paragraph holds inline nodes only.
                collect(child, headings);
            }
        }
    }

    /**
     * Where the heading of {@code text} (written at {@code start} in its file) whose anchor is
     * {@code anchor} is written; empty when no heading has it. Parses the text again, with spans:
     * for a message, not for a build that goes well.
     */
    public static java.util.Optional<SourcePosition> position(String text, TextPlace start, String anchor) {
        Markdown.Parsed parsed = Markdown.parse(text, start, new Diagnostics());
        // The headings in the order NodePositions counts them (its own walk of the tree).
        List<String> anchors = anchors(NodePositions.Collected.of(parsed.document()).headings());
        int index = anchors.indexOf(anchor);
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(parsed.positions().ofHeading(index));
    }

    /** The anchors of {@code headings}, the headings of one text in document order. */
    public static List<String> anchors(List<Heading> headings) {
        if (headings.isEmpty()) {
            return List.of(); // An IdGenerator compiles a pattern: most texts have no heading.
        }
        IdGenerator ids = IdGenerator.builder().build();
        List<String> anchors = new ArrayList<>(headings.size());
        for (Heading heading : headings) {
            // Every heading is numbered, one with its own id too, as the generator numbers them.
            String generated = ids.generateId(words(heading).trim().toLowerCase(Locale.ROOT));
            String own = HeadingId.of(heading);
            anchors.add(own != null ? own : generated);
        }
        return anchors;
    }

    /**
     * The heading's words as the heading-anchor extension's renderer read them (its texts and code
     * spans), so anchors stay as they were.
     */
    private static String words(Heading heading) {
        StringBuilder words = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }
        });
        return words.toString();
    }

    /**
     * Reports each heading whose words hold no letter or digit ({@code ## 🚀}, {@code ## ★ ★},
     * {@code ## —}) and that gives itself no {@code {#id}}: its anchor would be made of nothing it
     * says, {@code #id} (the generator's stand-in for an empty one), {@code #id-1} for the next such
     * heading, or {@code #-}, and would change whenever another such heading is added before it.
     * GitHub and Hugo are no better ({@code #}, {@code #-1}; goldmark's own {@code #heading}), so the
     * editor is asked for an anchor in words. A heading with no text at all is {@link EmptyText}'s.
     */
    static void reportWordless(List<Heading> headings, NodePositions positions, Diagnostics diagnostics) {
        for (int index = 0; index < headings.size(); index++) {
            Heading heading = headings.get(index);
            String words = words(heading).strip();
            if (words.isEmpty() || HeadingId.of(heading) != null || !EmptyText.shows(heading)
                    || words.codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String shown = words.codePointCount(0, words.length()) > 20
                    ? words.substring(0, words.offsetByCodePoints(0, 20)) + "..." : words;
            diagnostics.error(positions.ofHeading(index), "this heading's text '" + shown + "' has no letter or digit, so "
                    + "its anchor would say nothing (a made-up #id, #id-1..., or #-, renumbered whenever another such "
                    + "heading is added before it): end the heading with an anchor in words, like '"
                    + "#".repeat(heading.getLevel()) + " " + shown + " {#what-it-is-about}', or add words to it");
        }
    }

    /**
     * Reports each heading whose anchor an earlier heading of the text already has, at the later
     * one. {@code headings} are the text's headings in document order, positioned by {@code positions}.
     */
    static void reportClashes(List<Heading> headings, NodePositions positions, Diagnostics diagnostics) {
        if (headings.size() < 2) {
            return;
        }
        List<String> anchors = anchors(headings);
        Map<String, Integer> first = new HashMap<>();
        for (int index = 0; index < headings.size(); index++) {
            String anchor = anchors.get(index);
            Integer earlier = first.putIfAbsent(anchor, index);
            if (earlier == null || (HeadingId.of(headings.get(index)) != null && HeadingId.of(headings.get(earlier)) != null)) {
                continue; // Two headings given one {#id} were reported by HeadingId.
            }
            Heading other = headings.get(earlier);
            String unnumbered = IdGenerator.builder().build().generateId(words(other).trim().toLowerCase(Locale.ROOT));
            String how = HeadingId.of(other) != null ? ", which gives itself {#" + anchor + "},"
                    : unnumbered.equals(anchor) ? "" : ", numbered as a repeat of an earlier heading of the same words,";
            diagnostics.error(positions.ofHeading(index), "this heading's anchor would be '#" + anchor + "', which the "
                    + "heading at line " + positions.ofHeading(earlier).line() + how + " already has: a link to #" + anchor
                    + " would land on that one, and the page would not be valid HTML; give this heading an anchor of its "
                    + "own by ending it with {#another-id}, or reword it");
        }
    }
}
