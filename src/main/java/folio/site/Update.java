package folio.site;

/** An entry of the dated log of updates and corrections; {@code kind} is "update" or "correction". */
public record Update(String id, PartialDate date, String kind, Markup textHtml) {
    public String anchor() {
        return "update-" + id;
    }
}
