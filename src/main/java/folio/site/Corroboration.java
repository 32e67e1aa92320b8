package folio.site;

import java.util.Collection;
import java.util.Objects;

/** How well a group of citations stands: whether it rests on one outlet's report, read second-hand. */
public final class Corroboration {
    private Corroboration() {}

    /**
     * True when every source is second-hand (a republished copy or an aggregator) and all of them
     * carry the same outlet's reporting: the claim rests on a single report that no source we read
     * at first hand confirms. One such source alone counts too. Empty groups and groups with an
     * unknown source (null) are false.
     */
    public static boolean singleUnconfirmedReport(Collection<Source> sources) {
        if (sources.isEmpty() || sources.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        boolean secondHand = sources.stream().allMatch(s -> s.flag().secondHand());
        long outlets = sources.stream().map(s -> OutletNames.key(s.outlet())).distinct().count();
        return secondHand && outlets == 1;
    }
}
