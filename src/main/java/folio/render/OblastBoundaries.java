package folio.render;

import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.site.Oblast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the boundary data of the map ({@code templates/map/ukraine-oblasts.json}): for each unit
 * its ISO 3166-2:UA code, name, kind and rings of longitude, latitude pairs. A broken file is an
 * {@code IOException} that says what is wrong; {@link OblastMap} turns the units into drawings.
 */
final class OblastBoundaries {
    private OblastBoundaries() {}

    /** Reads the units; every unit must be one of {@link Oblast#ALL}, each exactly once. */
    static List<OblastMap.Unit> read(Path file) throws IOException {
        // JSON is YAML: the YAML reader already loaded serves, and no JSON library has to start.
        YamlNode root = YamlReader.compose(Files.readString(file));
        List<OblastMap.Unit> units = new ArrayList<>();
        for (YamlNode node : root.get("units").orElse(root).items()) {
            String id = text(node, "id");
            if (Oblast.byId(id) == null) {
                throw new IOException("unknown unit id '" + id + "': use ISO 3166-2:UA codes");
            }
            if (units.stream().anyMatch(u -> u.id().equals(id))) {
                throw new IOException("unit " + id + " appears twice");
            }
            List<double[]> rings = new ArrayList<>();
            for (YamlNode ring : node.get("rings").orElse(node).items()) {
                List<YamlNode> numbers = ring.items();
                double[] points = new double[numbers.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = number(numbers.get(i), id);
                }
                if (points.length < 6 || points.length % 2 != 0) {
                    throw new IOException("unit " + id + " has a ring that is not 3 or more longitude, latitude pairs");
                }
                rings.add(points);
            }
            units.add(new OblastMap.Unit(id, text(node, "name"), text(node, "kind"), rings));
        }
        if (units.size() != Oblast.ALL.size()) {
            throw new IOException("expected the " + Oblast.ALL.size() + " units of Ukraine, found " + units.size());
        }
        return units;
    }

    private static String text(YamlNode node, String key) {
        return node.get(key).map(YamlNode::text).orElse("");
    }

    private static double number(YamlNode node, String id) throws IOException {
        try {
            return Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            throw new IOException("unit " + id + " has a coordinate that is not a number: " + node.text());
        }
    }
}
