package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.ReferenceKind;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the timeline: events in date order, with claim-and-response links checked for cycles. */
final class EventAssembler {

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
        // Claims before responses: the order each claim's responses are listed in.
        List<String> order = new ArrayList<>(entries.keySet());
        order.sort(Comparator.comparingInt(id -> depth(id, entries)));
        Map<String, Valid> valid = new LinkedHashMap<>();
        for (String id : order) {
            Entry<Raw.Event> e = entries.get(id);
            Raw.Event raw = e.raw();
            PartialDate date = checks.date(e, "date", raw.date(), Boolean.TRUE.equals(raw.approximate()), true, "event");
            boolean ok = checks.requiredText(e, "title", raw.title(), "event");
            TimelineEvent.Category category = checks.oneOf(e, "category", raw.category(), TimelineEvent.Category.class, "event");
            Link owner = new Link(raw.title(), site.targetUrl(ReferenceKind.EVENT, id));
            List<Source> sources = site.sourceList(e, raw.sources(), true, "event", owner);
            Markup text = site.inline(e, "text", raw.text(), owner);
            if (date != null && ok && category != null) {
                valid.put(id, new Valid(e, new TimelineEvent.Brief(id, raw.title(), date, owner.url()), category, text, sources));
            }
        }
        Map<String, List<TimelineEvent.Brief>> responses = new HashMap<>();
        valid.values().forEach(v -> {
            String claim = v.entry().raw().respondsTo();
            if (claim != null && valid.containsKey(claim)) {
                responses.computeIfAbsent(claim, k -> new ArrayList<>()).add(v.brief());
            }
        });
        List<TimelineEvent> events = new ArrayList<>();
        valid.forEach((id, v) -> {
            Valid claim = v.entry().raw().respondsTo() == null ? null : valid.get(v.entry().raw().respondsTo());
            TimelineEvent.Brief brief = v.brief();
            events.add(new TimelineEvent(id, brief.date(), brief.title(), v.text(), v.category(),
                    claim == null ? null : claim.brief(), List.copyOf(responses.getOrDefault(id, List.of())),
                    v.sources(), brief.url(), site.origin(v.entry())));
        });
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::id));
        return List.copyOf(events);
    }

    /** An event whose fields passed their checks, waiting for its claim and responses. */
    private record Valid(Entry<Raw.Event> entry, TimelineEvent.Brief brief, TimelineEvent.Category category, Markup text,
                         List<Source> sources) {}

    private void checkResponses(Map<String, Entry<Raw.Event>> entries) {
        for (Map.Entry<String, Entry<Raw.Event>> item : entries.entrySet()) {
            String target = item.getValue().raw().respondsTo();
            if (target == null) {
                continue;
            }
            if (target.equals(item.getKey())) {
                diagnostics.error(item.getValue().keyAt("responds_to"), "event responds to itself: name the event it answers");
            } else if (!entries.containsKey(target)) {
                if (!site.refusedIds.contains(CollectionName.EVENTS, target)) { // else refused for its id where it is written
                    diagnostics.error(item.getValue().keyAt("responds_to"), "responds_to names unknown event '" + target + "': "
                            + site.unknownId(CollectionName.EVENTS, target, to -> "write responds_to: " + to,
                                    () -> folio.content.Suggestions.didYouMean(target, entries.keySet())
                                            + "use the id of an event in content/data/events"));
                }
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
