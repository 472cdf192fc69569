package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * updateDocumentStyle and updateSectionStyle: the fields the mask names are set from the request (or back to
 * Google's default when the request leaves them out); "*" names every writable field. Read-only fields (the
 * header and footer ids, sectionType) are refused.
 */
public final class DocStyles {
    public static final String DOCUMENT = "documentStyle";
    public static final String SECTION = "sectionStyle";
    /** developers.google.com/docs/api/reference/rest/v1/documents#DocumentStyle, less its output-only fields. */
    static final Set<String> DOCUMENT_FIELDS = Set.of("background", "useFirstPageHeaderFooter", "useEvenPageHeaderFooter",
            "pageNumberStart", "marginTop", "marginBottom", "marginRight", "marginLeft", "pageSize", "marginHeader",
            "marginFooter", "useCustomHeaderFooterMargins", "flipPageOrientation", "documentFormat");
    /** ...#SectionStyle, less its output-only fields. */
    static final Set<String> SECTION_FIELDS = Set.of("columnProperties", "columnSeparatorStyle", "contentDirection",
            "marginTop", "marginBottom", "marginRight", "marginLeft", "marginHeader", "marginFooter", "pageNumberStart",
            "useFirstPageHeaderFooter", "flipPageOrientation");

    private DocStyles() {}

    static void update(Map<String, JsonNode> styles, String style, JsonNode requested, List<String> paths,
                       Set<String> writable) {
        ObjectNode current = styles.containsKey(style) ? ((ObjectNode) styles.get(style)).deepCopy() : Json.object();
        List<String> named = paths.contains("*") ? List.copyOf(writable) : paths;
        for (String path : named) {
            String[] parts = path.split("\\.");
            if (!writable.contains(parts[0])) {
                throw GoogleException.invalidArgument("Invalid field mask: '" + path + "' is not a writable field of "
                        + style + ".");
            }
            JsonNode value = requested.at("/" + String.join("/", parts));
            ObjectNode parent = current;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) && parent.get(parts[i]).isObject() ? (ObjectNode) parent.get(parts[i])
                        : parent.putObject(parts[i]);
            }
            String last = parts[parts.length - 1];
            if (value.isMissingNode() || value.isNull()) {
                parent.remove(last);
            } else {
                parent.set(last, value.deepCopy());
            }
        }
        styles.put(style, current);
    }

    /** Writes the set fields over the defaults, nested objects field by field. */
    static void over(ObjectNode defaults, JsonNode set) {
        if (set == null) {
            return;
        }
        set.fields().forEachRemaining(e -> {
            JsonNode old = defaults.get(e.getKey());
            if (old != null && old.isObject() && e.getValue().isObject()) {
                over((ObjectNode) old, e.getValue());
            } else {
                defaults.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    /** Public for DocumentJson. */
    public static void render(ObjectNode defaults, Document d, String style) {
        over(defaults, d.styles().get(style));
    }
}
