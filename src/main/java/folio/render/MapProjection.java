package folio.render;

import java.util.List;

/**
 * Where the units of the {@link OblastMap} lie in its view box: an equirectangular projection of
 * the boundary data, longitudes scaled by the cosine of the middle latitude, onto a box
 * {@link #WIDTH} wide with a margin; and in those units each unit's outline as SVG path data
 * (whole units, written as relative steps), its centre and its bounds.
 */
final class MapProjection {
    static final int WIDTH = 1000;
    private static final int MARGIN = 8;

    private final double minLon;
    private final double maxLat;
    private final double xScale;
    private final double yScale;
    private final int height;

    MapProjection(List<OblastMap.Unit> units) {
        double loMin = Double.MAX_VALUE, loMax = -Double.MAX_VALUE, laMin = Double.MAX_VALUE, laMax = -Double.MAX_VALUE;
        for (OblastMap.Unit unit : units) {
            for (double[] ring : unit.rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    loMin = Math.min(loMin, ring[i]);
                    loMax = Math.max(loMax, ring[i]);
                    laMin = Math.min(laMin, ring[i + 1]);
                    laMax = Math.max(laMax, ring[i + 1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((laMin + laMax) / 2));
        this.minLon = loMin;
        this.maxLat = laMax;
        this.yScale = (WIDTH - 2.0 * MARGIN) / ((loMax - loMin) * cos);
        this.xScale = yScale * cos;
        this.height = (int) Math.ceil((laMax - laMin) * yScale) + 2 * MARGIN;
    }

    /** The view box's height for {@link #WIDTH}: the country's height in the projection, with the margin. */
    int height() {
        return height;
    }

    /**
     * The part of the view box that shows {@code box} (min x, min y, max x, max y) with twice the
     * margin around it, within the whole map: x, y, width and height, in whole units.
     */
    long[] crop(double[] box) {
        int pad = 2 * MARGIN;
        long x = Math.max(0, Math.round(box[0]) - pad);
        long y = Math.max(0, Math.round(box[1]) - pad);
        long w = Math.min(WIDTH, Math.round(box[2]) + pad) - x;
        long h = Math.min(height, Math.round(box[3]) + pad) - y;
        return new long[] {x, y, w, h};
    }

    /** Widens {@code box} (min x, min y, max x, max y, in view-box units) to hold a unit's largest ring. */
    void extend(double[] box, OblastMap.Unit unit) {
        for (double[] ring : unit.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                box[0] = Math.min(box[0], x(ring[i]));
                box[1] = Math.min(box[1], y(ring[i + 1]));
                box[2] = Math.max(box[2], x(ring[i]));
                box[3] = Math.max(box[3], y(ring[i + 1]));
            }
        }
    }

    /** The area-weighted centre of a unit's largest ring, in view-box units. */
    double[] centroid(OblastMap.Unit unit) {
        double[] best = null;
        double bestArea = -1;
        double[] centre = new double[2];
        for (double[] ring : unit.rings()) {
            double area = 0, cx = 0, cy = 0;
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double x0 = x(ring[2 * i]), y0 = y(ring[2 * i + 1]), x1 = x(ring[2 * j]), y1 = y(ring[2 * j + 1]);
                double cross = x0 * y1 - x1 * y0;
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            if (Math.abs(area) > bestArea) {
                bestArea = Math.abs(area);
                best = ring;
                centre = new double[] {cx / (3 * area), cy / (3 * area)};
            }
        }
        return best == null ? new double[] {0, 0} : centre;
    }

    String path(OblastMap.Unit unit) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : unit.rings()) {
            long lastX = Long.MIN_VALUE, lastY = Long.MIN_VALUE;
            int written = 0;
            StringBuilder part = new StringBuilder();
            for (int i = 0; i + 1 < ring.length; i += 2) {
                long px = Math.round(x(ring[i]));
                long py = Math.round(y(ring[i + 1]));
                if (px == lastX && py == lastY) {
                    continue;
                }
                if (written == 0) {
                    part.append('M').append(px).append(' ').append(py);
                } else {
                    // Relative steps between rounded points: shorter, and exactly the same shape.
                    long dx = px - lastX;
                    long dy = py - lastY;
                    part.append(written == 1 ? "l" : dx < 0 ? "" : " ").append(dx).append(dy < 0 ? "" : " ").append(dy);
                }
                lastX = px;
                lastY = py;
                written++;
            }
            if (written >= 3) {
                d.append(part).append('z');
            }
        }
        return d.toString();
    }

    private double x(double lon) {
        return MARGIN + (lon - minLon) * xScale;
    }

    private double y(double lat) {
        return MARGIN + (maxLat - lat) * yScale;
    }
}
