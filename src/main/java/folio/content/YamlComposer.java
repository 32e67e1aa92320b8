package folio.content;

import folio.project.ForbiddenCharacters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into SnakeYAML's node graph, refusing on the way what folio does not read:
 * anchors (so no value changes meaning and no alias bomb gets near memory), nesting deeper than
 * {@link #MAX_DEPTH}, duplicate keys and keys that are not text. Each refusal carries the mark of
 * the text it concerns.
 */
final class YamlComposer extends Composer {
    static final int MAX_DEPTH = 40;
    static final String NO_ANCHORS =
            "YAML anchors and aliases (&name, *name) are not supported: write the value out in full";

    /**
     * The tag of a plain scalar without an explicit tag. Plain scalars stay untyped here: the
     * mapper types each one by the field it fills, so no pattern runs per scalar while composing.
     */
    static final Tag PLAIN = new Tag("tag:folio,plain");

    private static final Resolver UNTYPED = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return switch (kind) {
                case scalar -> implicit ? PLAIN : Tag.STR;
                case sequence -> Tag.SEQ;
                default -> Tag.MAP;
            };
        }
    };

    /** What the text is refused for, and where. */
    static final class Refused extends YAMLException {
        final transient Mark mark;

        Refused(Mark mark, String message) {
            super(message);
            this.mark = mark;
        }
    }

    private int depth;

    YamlComposer(String text, LoaderOptions options) {
        super(new ParserImpl(new StreamReader(text), options), UNTYPED, options);
    }

    /** The next event's mark: where the document after the first one starts, say. */
    Mark nextMark() {
        return parser.peekEvent().getStartMark();
    }

    @Override
    protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
        refuseAnchor(anchor);
        Node node = super.composeScalarNode(anchor, blockComments);
        // The reader refuses such characters written raw; a double-quoted escape ("\e") makes them too.
        String value = ((ScalarNode) node).getValue();
        int forbidden = ForbiddenCharacters.indexIn(value);
        if (forbidden >= 0) {
            throw new Refused(node.getStartMark(),
                    ForbiddenCharacters.message("this value's escape gives", value.codePointAt(forbidden)));
        }
        return node;
    }

    @Override
    protected Node composeSequenceNode(String anchor) {
        refuseAnchor(anchor);
        enter();
        Node node = super.composeSequenceNode(anchor);
        depth--;
        return node;
    }

    @Override
    protected Node composeMappingNode(String anchor) {
        refuseAnchor(anchor);
        enter();
        MappingNode node = (MappingNode) super.composeMappingNode(anchor);
        depth--;
        refuseDuplicateKeys(node.getValue());
        return node;
    }

    private void refuseAnchor(String anchor) {
        if (anchor != null) {
            throw new Refused(nextMark(), NO_ANCHORS);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new Refused(nextMark(), "YAML nested too deeply (more than " + MAX_DEPTH
                    + " levels): flatten the structure");
        }
    }

    private static void refuseDuplicateKeys(List<NodeTuple> entries) {
        Set<String> seen = entries.size() > 1 ? new HashSet<>() : null;
        for (NodeTuple entry : entries) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                throw new Refused(entry.getKeyNode().getStartMark(),
                        "a key must be a word, not a list or mapping: write key: value");
            }
            if (seen != null && !seen.add(key.getValue())) {
                throw new Refused(key.getStartMark(), "duplicate key '" + key.getValue() + "': keep only one of them");
            }
        }
    }
}
