package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.Declaration.Operation;
import dev.dtu.server.resource.DeclaredOperation.Caller;
import dev.dtu.server.resource.filter.FilterException;
import dev.dtu.server.state.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every declared resource of one twin, read from {@code declared/<twin>/*.yaml} on the classpath with their
 * schemas from {@code openapi/<twin>.yaml}, served with the vendor's {@link Convention}. A twin adds
 * {@link #kinds()} to its kinds and {@link #operations()} to its route table.
 */
public final class DeclaredResources {
    private final Convention convention;
    private final List<DeclaredResource> resources;

    public DeclaredResources(Convention convention, List<DeclaredResource> resources) {
        this.convention = convention;
        this.resources = List.copyOf(resources);
    }

    /** The twin's declarations, each with the hooks registered under its kind name (else none). */
    public static DeclaredResources load(String twin, String openApi, Convention convention, Map<String, Hooks> hooks) {
        JsonNode document = Json.parseYaml(classpathText("openapi/" + openApi));
        List<DeclaredResource> out = new ArrayList<>();
        for (String text : declarationTexts(twin)) {
            ObjectNode raw = (ObjectNode) Json.parseYaml(text);
            raw.put("twin", twin);
            Declaration d = Json.YAML.convertValue(raw, Declaration.class);
            out.add(new DeclaredResource(d, Schema.of(document, d.schema()), hooks.getOrDefault(d.kind(), Hooks.NONE), convention::time));
        }
        return new DeclaredResources(convention, out);
    }

    public Convention convention() {
        return convention;
    }

    public List<DeclaredResource> resources() {
        return resources;
    }

    public DeclaredResource resource(String kind) {
        return resources.stream().filter(r -> r.declaration().kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no declared resource " + kind));
    }

    public List<Kind<?>> kinds() {
        return resources.stream().<Kind<?>>map(DeclaredResource::kind).toList();
    }

    /** Every route of every declaration, operations in declaration order, lifecycle steps last. */
    public List<DeclaredOperation> operations() {
        List<DeclaredOperation> out = new ArrayList<>();
        for (DeclaredResource r : resources) {
            Declaration d = r.declaration();
            add(out, d, Operation.LIST, "GET", d.collection(), c -> list(r, c));
            add(out, d, Operation.CREATE, "POST", d.collection(), c -> create(r, c));
            add(out, d, Operation.GET, "GET", d.item(), c -> get(r, c));
            add(out, d, Operation.REPLACE, "PUT", d.item(), c -> write(r, c, (w, p) -> r.replace(w, p, id(r, c), body(c))));
            add(out, d, Operation.PATCH, "PATCH", d.item(), c -> write(r, c, (w, p) -> r.patch(w, p, id(r, c), body(c))));
            add(out, d, Operation.DELETE, "DELETE", d.item(), c -> delete(r, c));
            if (d.lifecycle() != null) {
                d.lifecycle().transitions().forEach((name, t) -> out.add(new DeclaredOperation("POST",
                        d.item() + "/" + (t.path() != null ? t.path() : convention.transitionPath(name)), t.operation(),
                        d.permission(Operation.REPLACE), c -> guarded(r, c, Operation.REPLACE, () -> {
                            Response answer = write(r, c, (w, p) -> r.transition(w, p, id(r, c), name));
                            return t.empty() ? Response.empty(204) : answer;
                        }))));
            }
        }
        return out;
    }

    private void add(List<DeclaredOperation> out, Declaration d, Operation op, String method, String template,
            DeclaredOperation.Handler handler) {
        String operationId = d.operationId(op);
        if (operationId != null) {
            out.add(new DeclaredOperation(d.method(op, method), template, operationId, d.permission(op),
                    c -> guarded(resourceOf(d), c, op, () -> handler.serve(c))));
        }
    }

    private DeclaredResource resourceOf(Declaration d) {
        return resources.stream().filter(r -> r.declaration() == d).findFirst().orElseThrow();
    }

    /** Checks the permission, then serves; any {@link ResourceException} becomes the vendor's error. */
    private Response guarded(DeclaredResource r, Caller c, Operation op, java.util.function.Supplier<Response> serve) {
        Request request = c.call().request();
        try {
            String permission = r.declaration().permission(op);
            if (permission != null && !c.granted().test(permission)) {
                throw ResourceException.forbidden(r.declaration(), permission);
            }
            return serve.get();
        } catch (ResourceException e) {
            return convention.error(request, e);
        } catch (FilterException e) {
            return convention.invalidQuery(request, r.declaration(), e);
        } catch (Json.MalformedJsonException e) {
            return convention.malformed(request);
        }
    }

    private Response list(DeclaredResource r, Caller c) {
        String parent = parent(r, c);
        Request request = c.call().request();
        return convention.page(request, r.declaration(), r.hooks().listed(request, r.list(c.call().state(), parent)),
                res -> render(r, c, res));
    }

    private Response create(DeclaredResource r, Caller c) {
        JsonNode body = body(c);
        Resource created = c.call().write(tx -> r.create(new Write(tx, c.call().now(), c.actor(), c.events()), parent(r, c), body));
        return tagged(r, created, convention.created(r.declaration(), render(r, c, created)));
    }

    private Response get(DeclaredResource r, Caller c) {
        Resource found = r.get(c.call().state(), parent(r, c), id(r, c));
        if (r.declaration().etags()) {
            String tag = EntityTags.of(found);
            java.util.Optional<String> ifNoneMatch = c.call().request().header("If-None-Match");
            if (ifNoneMatch.isPresent() && EntityTags.listed(ifNoneMatch.get(), tag)) {
                return Response.empty(304).header("ETag", tag);
            }
        }
        return tagged(r, found, convention.ok(r.declaration(), render(r, c, found)));
    }

    private Response delete(DeclaredResource r, Caller c) {
        String parent = parent(r, c);
        c.call().write(tx -> {
            checkIfMatch(r, c, tx.state(), parent);
            r.delete(new Write(tx, c.call().now(), c.actor(), c.events()), parent, id(r, c));
            return null;
        });
        return convention.deleted(r.declaration());
    }

    /** The vendor's 412 when the request's {@code If-Match} names none of the resource's current tags. */
    private static void checkIfMatch(DeclaredResource r, Caller c, dev.dtu.server.state.State state, String parent) {
        if (!r.declaration().etags()) {
            return;
        }
        java.util.Optional<String> ifMatch = c.call().request().header("If-Match");
        if (ifMatch.isPresent() && !EntityTags.listed(ifMatch.get(), EntityTags.of(r.get(state, parent, id(r, c))))) {
            throw ResourceException.preconditionFailed(r.declaration(), id(r, c));
        }
    }

    private static Response tagged(DeclaredResource r, Resource res, Response response) {
        return r.declaration().etags() ? response.header("ETag", EntityTags.of(res)) : response;
    }

    private interface Change {
        Resource apply(Write w, String parent);
    }

    private Response write(DeclaredResource r, Caller c, Change change) {
        String parent = parent(r, c);
        Resource changed = c.call().write(tx -> {
            checkIfMatch(r, c, tx.state(), parent);
            return change.apply(new Write(tx, c.call().now(), c.actor(), c.events()), parent);
        });
        return tagged(r, changed, convention.ok(r.declaration(), render(r, c, changed)));
    }

    private ObjectNode render(DeclaredResource r, Caller c, Resource res) {
        Request request = c.call().request();
        return r.hooks().shown(request, res, convention.render(request, r.declaration(), res,
                itemPath(r.declaration(), c.params(), res.id())));
    }

    /** The item template filled with the request's parameters and the resource's id. */
    private static String itemPath(Declaration d, Map<String, String> params, String id) {
        String path = d.item().replace("{" + d.idParam() + "}", id);
        for (Map.Entry<String, String> p : params.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        return path;
    }

    private static String id(DeclaredResource r, Caller c) {
        return c.params().get(r.declaration().idParam());
    }

    private static String parent(DeclaredResource r, Caller c) {
        String param = r.declaration().parentParam();
        if (param == null) {
            return null;
        }
        String raw = c.params().get(param);
        return r.hooks().parent(c.call().state(), raw).orElseThrow(() -> ResourceException.notFound(r.declaration(), raw));
    }

    private static JsonNode body(Caller c) {
        byte[] body = c.call().request().body();
        return body.length == 0 ? Json.object() : Json.parse(body);
    }

    static String classpathText(String path) {
        try (InputStream in = DeclaredResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of {@code declared/<twin>/*.yaml}, by file name, from a directory or a jar. */
    static List<String> declarationTexts(String twin) {
        URL url = DeclaredResources.class.getClassLoader().getResource("declared/" + twin);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return read(fs.getPath("declared", twin));
                }
            }
            return read(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted(
                    java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
            List<String> out = new ArrayList<>();
            for (Path p : sorted) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }
}
