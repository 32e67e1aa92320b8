package folio.site;

import java.util.List;

/**
 * How much of one first-level unit was under Russian control, as a source gave it
 * (content/data/shares.yaml). {@code percent} is the source's figure as written ("78.1"), or null
 * when the source gives none (then {@code noteHtml} says why); {@code rest} is the map layer that
 * says what the draft would do with the part not under Russian control, or null.
 */
public record OblastShare(Oblast oblast, String percent, PartialDate asOf, List<Source> sources, Markup noteHtml,
                          MapLayer rest) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }
    /** The figure as a number (0 when none is given), for bars and shading. */
    public double value() {
        return percent == null ? 0 : Double.parseDouble(percent);
    }

    /** The share class the map shades the unit with: all, most, some, or none given. */
    public String level() {
        if (percent == null) {
            return "unknown";
        }
        double v = value();
        return v >= 90 ? "all" : v >= 50 ? "most" : "some";
    }

    /** The part not under Russian control, in per cent of the unit, with the source's precision. */
    public String restPercent() {
        if (percent == null) {
            return null;
        }
        int decimals = percent.contains(".") ? percent.length() - percent.indexOf('.') - 1 : 0;
        return new java.math.BigDecimal("100").subtract(new java.math.BigDecimal(percent))
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
