package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.ReferenceKind;
import java.util.List;
import java.util.Map;

/** Builds the people and bodies (content/data/actors.yaml): name, role, kind, group. */
final class ActorAssembler {
    private final AssemblyContext context;

    ActorAssembler(AssemblyContext context) {
        this.context = context;
    }

    /** Builds every actor into the context's table. */
    void buildAll(Map<String, Entry<Raw.Actor>> entries) {
        entries.forEach(this::build);
    }

    private void build(String id, Entry<Raw.Actor> e) {
        Raw.Actor raw = e.raw();
        Checks checks = context.checks;
        boolean ok = checks.requiredText(e, "name", raw.name(), "actor") & checks.requiredText(e, "role", raw.role(), "actor");
        Actor.Kind kind = checks.oneOf(e, "kind", raw.kind(), Actor.Kind.class, "actor");
        ActorGroup group = checks.oneOf(e, "group", raw.group(), ActorGroup.class, "actor");
        Link owner = new Link(raw.name(), context.targetUrl(ReferenceKind.ACTOR, id));
        List<Source> list = context.sourceList(e, raw.sources(), false, "actor", owner);
        if (ok && kind != null && group != null) {
            context.actors.put(id, new Actor(id, raw.name(), raw.role(), kind, group, context.config.wording().group(group),
                    context.inline(e, "description", raw.description(), owner), list, owner.url(), context.origin(e)));
        }
    }
}
