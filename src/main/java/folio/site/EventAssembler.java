package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the timeline: events in date order, with claim-and-response links checked for cycles. */
final class EventAssembler {
    static final List<String> CATEGORIES = List.of("context", "diplomacy", "document", "statement", "military");

    private final AssemblyContext site;
    private final Checks checks;
    private final Diagnostics diagnostics;

    EventAssembler(AssemblyContext context) {
        this.site = context;
        this.checks = context.checks;
        this.diagnostics = context.diagnostics;
    }

    List<TimelineEvent> build(Map<String, Entry<Raw.Event>> entries) {
        checkResponses(entries);
        Map<String, TimelineEvent> built = new LinkedHashMap<>();
        Map<String, List<TimelineEvent>> responses = new HashMap<>();
        // Claims before responses, so a response can point at the built claim.
        List<String> order = new ArrayList<>(entries.keySet());
        order.sort(Comparator.comparingInt(id -> depth(id, entries)));
        for (String id : order) {
            Entry<Raw.Event> e = entries.get(id);
            Raw.Event raw = e.raw();
            PartialDate date = checks.date(e, "date", raw.date(), Boolean.TRUE.equals(raw.approximate()), true, "event");
            boolean ok = checks.required(e, "title", raw.title(), "event");
            String category = checks.oneOf(e, "category", raw.category(), CATEGORIES, "event");
            Link owner = new Link(raw.title(), site.targetUrl("event", id));
            List<Source> sources = site.sourceList(e, raw.sources(), true, "event", owner);
            Markup text = site.inline(e, "text", raw.text(), owner);
            if (date == null || !ok || category == null) {
                continue;
            }
            TimelineEvent claim = raw.respondsTo() == null ? null : built.get(raw.respondsTo());
            List<TimelineEvent> answers = new ArrayList<>();
            responses.put(id, answers);
            TimelineEvent event = new TimelineEvent(id, date, raw.title(), text, category, claim,
                    Collections.unmodifiableList(answers), sources, owner.url(), site.origin(e));
            built.put(id, event);
            if (claim != null) {
                responses.get(claim.id()).add(event);
            }
        }
        List<TimelineEvent> events = new ArrayList<>(built.values());
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::id));
        return List.copyOf(events);
    }

    private void checkResponses(Map<String, Entry<Raw.Event>> entries) {
        for (Map.Entry<String, Entry<Raw.Event>> item : entries.entrySet()) {
            String target = item.getValue().raw().respondsTo();
            if (target == null) {
                continue;
            }
            if (target.equals(item.getKey())) {
                diagnostics.error(item.getValue().keyAt("responds_to"), "event responds to itself: name the event it answers");
            } else if (!entries.containsKey(target)) {
                diagnostics.error(item.getValue().keyAt("responds_to"), "responds_to names unknown event '" + target + "': "
                        + folio.content.Suggestions.didYouMean(target, entries.keySet()) + "use the id of an event in content/data/events");
            } else if (depth(item.getKey(), entries) < 0) {
                diagnostics.error(item.getValue().keyAt("responds_to"), "responds_to forms a circle (" + item.getKey()
                        + " -> " + target + " -> ... -> " + item.getKey() + "): an event cannot answer a chain that leads back to it; "
                        + "remove responds_to from the event that started the exchange");
            }
        }
    }

    /** How many responds_to steps lead from an event to its original claim; -1 on a circle. */
    private static int depth(String id, Map<String, Entry<Raw.Event>> entries) {
        int steps = 0;
        String current = id;
        while (current != null && entries.containsKey(current)) {
            current = entries.get(current).raw().respondsTo();
            if (current == null || !entries.containsKey(current)) {
                return steps;
            }
            steps++;
            if (steps > entries.size()) {
                return -1;
            }
        }
        return steps;
    }
}
