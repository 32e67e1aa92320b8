package folio.content;

import folio.project.Checksum;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A Markdown tree packed into four objects (node kinds as {@link NodeKind} codes, numbers, one
 * string of the texts not found in the Markdown source, the few other values) and the source,
 * from which {@link #expand} makes the same tree again without parsing. A tree of small nodes
 * kept from assembly to render is copied node by node at every collection it survives; the packed
 * form costs a few copies and a fraction of the memory, and expanding it costs far less than
 * parsing the text again. Most texts are read from the source the page already keeps, so they
 * are not copied a second time.
 */
public final class CompactTree {
    /** The kinds by code: a kind's code is its ordinal, written as a byte. */
    private static final NodeKind[] KINDS = NodeKind.values();
    private static final Map<Class<? extends Node>, NodeKind> KINDS_BY_CLASS = kindsByClass();

    private final byte[] kinds;
    private final int[] numbers;
    private final String source;
    private final String texts;
    private final Object[] others;

    CompactTree(byte[] kinds, int[] numbers, String source, String texts, Object[] others) {
        this.kinds = kinds;
        this.numbers = numbers;
        this.source = source;
        this.texts = texts;
        this.others = others;
    }

    /** The Markdown source the tree was parsed from (a page's body: its whole text). */
    public String source() {
        return source;
    }

    /** A tree and its references, links and images in document order (the order {@link #of} and {@link #expand} share). */
    public record Expanded(Node document, List<Node> marked) {}

    /** Packs {@code document}; null when it holds a node this form does not know (keep the tree then). */
    public static CompactTree of(Node document) {
        return of(document, "");
    }

    /**
     * Packs {@code document}, parsed from {@code source}: a text found in the source near where
     * the previous one ended is kept as its place there. Null as {@link #of(Node)}.
     */
    public static CompactTree of(Node document, String source) {
        TreePacker packer = new TreePacker(source);
        return packer.pack(document) ? packer.result() : null;
    }

    /** The kind of {@code node} (its exact class), or null for a node this form does not know. */
    static NodeKind kindOf(Node node) {
        return KINDS_BY_CLASS.get(node.getClass());
    }

    private static Map<Class<? extends Node>, NodeKind> kindsByClass() {
        if (KINDS.length > Byte.MAX_VALUE + 1) {
            throw new IllegalStateException("more node kinds than a byte's codes");
        }
        Map<Class<? extends Node>, NodeKind> byClass = new HashMap<>();
        for (NodeKind kind : KINDS) {
            byClass.put(kind.type, kind);
        }
        return Map.copyOf(byClass);
    }

    byte[] kinds() {
        return kinds;
    }

    int[] numbers() {
        return numbers;
    }

    String texts() {
        return texts;
    }

    Object[] others() {
        return others;
    }

    /**
     * A checksum of everything the tree holds, its source text included ({@link Checksum}: CRC32C and CRC32
     * side by side): two trees with the same one expand to the same nodes. Empty when a value cannot be
     * written, as {@link PackedParse#encode} says.
     */
    public OptionalLong checksum() {
        byte[] values = PackedParse.encodeValues(others);
        if (values == null) {
            return OptionalLong.empty();
        }
        ByteBuffer numberBytes = ByteBuffer.allocate(numbers.length * Integer.BYTES + 4 * Integer.BYTES);
        numberBytes.asIntBuffer().put(numbers.length).put(kinds.length).put(texts.length()).put(source.length()).put(numbers);
        Checksum checksum = new Checksum();
        // The lengths go first, so one part cannot run into the next.
        for (byte[] part : new byte[][] {numberBytes.array(), kinds, values, texts.getBytes(StandardCharsets.UTF_8),
                source.getBytes(StandardCharsets.UTF_8)}) {
            checksum.update(part);
        }
        return OptionalLong.of(checksum.value());
    }

    /**
     * A checksum of the Markdown source the tree was packed with (the kept parses' key): a parse depends
     * on its text alone, what the kept parses rest on, so two trees parsed from texts with the same one
     * are the same tree.
     */
    public long sourceDigest() {
        return TextKey.of(source).digest();
    }

    /** The tree again, new nodes equal to the packed ones. */
    public Expanded expand() {
        return new Unpacker(false).unpack();
    }

    /**
     * The tree again for resolving what it refers to, and no more: the texts of its text, code and
     * HTML nodes are left empty, but for those in a heading (which anchors are made from). Links,
     * images, references, citations and footnotes are as {@link #expand} makes them. Making every
     * text is most of what expanding allocates, and resolving reads none of them.
     */
    public Expanded expandToResolve() {
        return new Unpacker(true).unpack();
    }

    /** Whether the node is one {@link Expanded#marked} lists (as {@link NodeKind#marked} says of its kind). */
    public static boolean isMarked(Node node) {
        return node instanceof ReferenceNode || node instanceof Link || node instanceof Image;
    }

    /** The nodes of {@code document} that {@link Expanded#marked} would list for its packed form, in the same order. */
    public static List<Node> marked(Node document) {
        List<Node> marked = new ArrayList<>();
        collectMarked(document, marked);
        return marked;
    }

    private static void collectMarked(Node parent, List<Node> marked) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (isMarked(child)) {
                marked.add(child);
            }
            collectMarked(child, marked);
        }
    }

    /** Reads the packed form back in the order {@link TreePacker} wrote it; {@link NodeKind#read} reads a node's values. */
    final class Unpacker {
        private int kindAt;
        private int number;
        private int other;
        private final List<Node> marked = new ArrayList<>();
        /** Whether texts outside headings are left empty ({@link #expandToResolve}). */
        private final boolean skim;
        /** How many headings the node being read is in. */
        private int headings;
        /** The kind of the node whose values are being read. */
        private NodeKind reading;

        private Unpacker(boolean skim) {
            this.skim = skim;
        }

        Expanded unpack() {
            return new Expanded(node(), marked);
        }

        private Node node() {
            NodeKind kind = KINDS[kinds[kindAt++]];
            int children = numbers[number++];
            reading = kind;
            Node node = kind.read(this);
            if (kind.marked) {
                marked.add(node);
            }
            boolean heading = kind == NodeKind.HEADING;
            headings += heading ? 1 : 0;
            for (int i = 0; i < children; i++) {
                node.appendChild(node());
            }
            headings -= heading ? 1 : 0;
            return node;
        }

        /** The next number. */
        int number() {
            return numbers[number++];
        }

        /** The next of the other values, as the type it was written as. */
        @SuppressWarnings("unchecked")
        <T> T other() {
            return (T) others[other++];
        }

        /** A text as its start and end: in the source below its length, in {@code texts} after it. */
        String text() {
            int start = numbers[number++];
            if (start < 0) {
                return null;
            }
            int end = numbers[number++];
            if (skim && headings == 0 && reading.textOnly) {
                return "";
            }
            int length = source.length();
            return start < length ? source.substring(start, end) : texts.substring(start - length, end - length);
        }
    }
}
