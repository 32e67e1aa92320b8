package folio.render;

import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostic;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.SourceLoader;
import folio.site.Oblast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the boundary data of the map ({@code templates/map/ukraine-oblasts.json}): for each unit
 * its ISO 3166-2:UA code, name, kind and rings of longitude, latitude pairs. It is read as
 * strictly as every other file folio reads (UTF-8 only, UTF-16 named as such, no control
 * characters: {@link SourceLoader#text}); a broken file is a {@link Broken} at its line that says
 * what is wrong. {@link OblastMap} turns the units into drawings.
 */
final class OblastBoundaries {
    private OblastBoundaries() {}

    /** A mistake in the boundary data, at its line in the file. */
    static final class Broken extends IOException {
        private final transient SourcePosition at;

        Broken(SourcePosition at, String message) {
            super(message);
            this.at = at;
        }

        SourcePosition at() {
            return at;
        }
    }

    /**
     * Reads the units from {@code file}, named {@code shown} in messages; every unit must be one of
     * {@link Oblast#ALL}, each exactly once.
     */
    static List<OblastMap.Unit> read(Path file, String shown) throws IOException {
        Diagnostics problems = new Diagnostics();
        String text = SourceLoader.text(Files.readAllBytes(file), shown, problems);
        // JSON is YAML: the YAML reader already loaded serves, and no JSON library has to start.
        Optional<YamlReader.Located> located = text == null ? Optional.empty()
                : YamlReader.parse(text, SourcePosition.of(shown, 1), problems);
        if (located.isEmpty()) {
            Diagnostic first = problems.sorted().get(0);
            throw new Broken(new SourcePosition(first.path(), first.line(), first.column()), first.message());
        }
        YamlNode root = located.get().node();
        List<OblastMap.Unit> units = new ArrayList<>();
        for (YamlNode node : root.get("units").orElse(root).items()) {
            String id = text(node, "id");
            if (Oblast.byId(id) == null) {
                throw broken(shown, node, "unknown unit id '" + id + "': use ISO 3166-2:UA codes");
            }
            if (units.stream().anyMatch(u -> u.id().equals(id))) {
                throw broken(shown, node, "unit " + id + " appears twice");
            }
            List<double[]> rings = new ArrayList<>();
            for (YamlNode ring : node.get("rings").orElse(node).items()) {
                List<YamlNode> numbers = ring.items();
                double[] points = new double[numbers.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = number(shown, numbers.get(i), id);
                }
                if (points.length < 6 || points.length % 2 != 0) {
                    throw broken(shown, ring, "unit " + id + " has a ring that is not 3 or more longitude, latitude pairs");
                }
                rings.add(points);
            }
            units.add(new OblastMap.Unit(id, text(node, "name"), text(node, "kind"), rings));
        }
        if (units.size() != Oblast.ALL.size()) {
            throw broken(shown, root, "expected the " + Oblast.ALL.size() + " units of Ukraine, found " + units.size());
        }
        return units;
    }

    private static Broken broken(String shown, YamlNode node, String message) {
        return new Broken(new SourcePosition(shown, node.line(), node.column()), message);
    }

    private static String text(YamlNode node, String key) {
        return node.get(key).map(YamlNode::text).orElse("");
    }

    private static double number(String shown, YamlNode node, String id) throws IOException {
        try {
            return Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            throw broken(shown, node, "unit " + id + " has a coordinate that is not a number: " + node.text());
        }
    }
}
