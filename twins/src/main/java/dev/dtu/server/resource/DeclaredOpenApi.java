package dev.dtu.server.resource;

import dev.dtu.server.resource.Declaration.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI {@code paths} of a twin's declared resources, so the twin's published document
 * ({@code openapi/<twin>.yaml}, served at {@code /_dtu/openapi/<twin>.yaml} and shown by Swagger UI) lists them
 * with their schemas. The block sits between two marker comments right below {@code paths:}; {@link #insert}
 * puts a fresh one there, and {@code DeclaredOpenApiTest} keeps the files current.
 */
public final class DeclaredOpenApi {
    public static final String BEGIN = "  # declared resources: generated from declared/<twin>/*.yaml by DeclaredOpenApiTest; do not edit by hand";
    public static final String END = "  # end of declared resources";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private DeclaredOpenApi() {
    }

    /** The document with the declared paths block replaced (or added right below {@code paths:}). */
    public static String insert(String document, DeclaredResources resources) {
        String block = block(resources);
        int begin = document.indexOf(BEGIN);
        if (begin >= 0) {
            int end = document.indexOf(END, begin) + END.length() + 1;
            return document.substring(0, begin) + block + document.substring(end);
        }
        int paths = document.indexOf("\npaths:\n") + "\npaths:\n".length();
        return document.substring(0, paths) + block + document.substring(paths);
    }

    /** Every declared operation by path template and method, as YAML lines below {@code paths:}. */
    public static String block(DeclaredResources resources) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (DeclaredResource r : resources.resources()) {
            Declaration d = r.declaration();
            String ref = "{$ref: \"#/components/schemas/" + d.schemaName() + "\"}";
            op(byPath, d, Operation.LIST, "GET", d.collection(), null, list(d, ref), queryParams(d));
            int createdStatus = resources.convention().created(d, dev.dtu.server.http.Json.object()).status();
            op(byPath, d, Operation.CREATE, "POST", d.collection(), ref, createdStatus + " " + ref, List.of());
            op(byPath, d, Operation.GET, "GET", d.item(), null, ref, List.of());
            op(byPath, d, Operation.REPLACE, "PUT", d.item(), ref, ref, List.of());
            op(byPath, d, Operation.PATCH, "PATCH", d.item(), ref, ref, List.of());
            op(byPath, d, Operation.DELETE, "DELETE", d.item(), null, null, List.of());
            if (d.lifecycle() != null) {
                d.lifecycle().transitions().forEach((name, t) -> add(byPath, d.item() + "/" + (t.path() != null ? t.path()
                        : resources.convention().transitionPath(name)), "post", t.operation(),
                        d.schemaName() + ": " + name, null, ref, List.of()));
            }
        }
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        byPath.forEach((path, lines) -> {
            out.append("  ").append(path).append(":\n");
            lines.forEach(l -> out.append(l).append('\n'));
        });
        return out.append(END).append('\n').toString();
    }

    private static void op(Map<String, List<String>> byPath, Declaration d, Operation op, String usual, String path,
            String request, String response, List<String> query) {
        String operationId = d.operationId(op);
        if (operationId != null) {
            add(byPath, path, d.method(op, usual).toLowerCase(java.util.Locale.ROOT), operationId,
                    d.schemaName() + ": " + op.name().toLowerCase(java.util.Locale.ROOT), request, response, query);
        }
    }

    private static void add(Map<String, List<String>> byPath, String path, String method, String operationId,
            String summary, String request, String response, List<String> query) {
        List<String> lines = byPath.computeIfAbsent(path, p -> new ArrayList<>());
        lines.add("    " + method + ":");
        lines.add("      operationId: " + operationId);
        lines.add("      summary: \"" + summary + " (declared resource)\"");
        lines.add("      tags: [Declared]");
        List<String> params = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            params.add("        - {name: " + m.group(1) + ", in: path, required: true, schema: {type: string}}");
        }
        query.forEach(q -> params.add("        - {name: " + q + ", in: query, schema: {type: string}}"));
        if (!params.isEmpty()) {
            lines.add("      parameters:");
            lines.addAll(params);
        }
        if (request != null) {
            lines.add("      requestBody: {required: true, content: {application/json: {schema: " + request + "}}}");
        }
        lines.add("      responses:");
        if (response == null) {
            lines.add("        \"204\": {description: No Content}");
        } else {
            String status = response.matches("\\d{3} .*") ? response.substring(0, 3) : "200";
            String schema = response.matches("\\d{3} .*") ? response.substring(4) : response;
            lines.add("        \"" + status + "\": {description: " + (status.equals("201") ? "Created" : "OK")
                    + ", content: {application/json: {schema: " + schema + "}}}");
        }
        lines.add("        default: {description: \"the vendor's error\"}");
    }

    private static String list(Declaration d, String ref) {
        String array = "{type: array, items: " + ref + "}";
        return d.listField() == null ? array : "{type: object, properties: {" + d.listField() + ": " + array + "}}";
    }

    private static List<String> queryParams(Declaration d) {
        List<String> out = new ArrayList<>();
        if (d.query() != null) {
            if (!d.query().q().isEmpty()) {
                out.add("q");
            }
            if (!d.query().filter().isEmpty()) {
                out.add("filter");
            }
            if (!d.query().search().isEmpty()) {
                out.add("search");
            }
        }
        return out;
    }
}
