package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.File;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.ListSchema;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack Lists: slackLists.create/.update, .access.set/.delete, .items.create/.info/.list/.update/.delete/
 * .deleteMultiple and .download.start/.get (https://docs.slack.dev/reference/methods/slackLists.create and the
 * pages beside it). A List is a file (id F…) owned by its creator; others see it once access.set gives them or a
 * channel they are in read, write or owner access. download.start writes the CSV export as a file of the caller at
 * once, so download.get finds the job completed.
 */
final class SlackListsApi {
    private static final Set<String> ACCESS_LEVELS = Set.of("read", "write", "owner");

    private SlackListsApi() {}

    static ObjectNode create(MethodCall m) {
        String name = m.args().string("name")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: name"));
        JsonNode schema = m.args().json("schema", "invalid_schema");
        JsonNode copyFrom = null;
        String copyId = m.args().string("copy_from_list_id").orElse(null);
        if (copyId != null) {
            if (schema != null) {
                throw new SlackError("invalid_copy_and_schema_args");
            }
            copyFrom = visible(m, copyId);
        } else if (m.args().bool("include_copied_list_records", false)) {
            throw new SlackError("missing_arg_copy_from_list_id");
        }
        boolean todo = m.args().bool("todo_mode", false);
        String id = Ids.next(m.ws().tx(), "F");
        ArrayNode columns = copyFrom != null
                ? copyFrom.path("list_metadata").path("schema").deepCopy()
                : ListSchema.columns(schema, todo, () -> Ids.next(m.ws().tx(), "Col"));
        ObjectNode list = MethodCall.body();
        long now = m.ws().nowSeconds();
        list.put("id", id).put("created", now).put("timestamp", now).put("name", name).put("title", name)
                .put("mimetype", "application/vnd.slack-list").put("filetype", "list").put("pretty_type", "List")
                .put("user", m.user()).put("user_team", m.ws().team().id()).put("editable", true)
                .put("is_external", false).put("is_public", false);
        ObjectNode meta = list.putObject("list_metadata");
        meta.set("schema", columns);
        meta.putArray("subtask_schema");
        meta.put("todo_mode", todo || (copyFrom != null && copyFrom.path("list_metadata").path("todo_mode").asBoolean()));
        JsonNode description = m.args().array("description_blocks", "invalid_blocks");
        if (description != null) {
            meta.set("description_blocks", description);
        }
        ObjectNode access = list.putObject("access");
        access.putObject("users").put(m.user(), "owner");
        access.putObject("channels");
        lists(m).put(id, list);
        if (copyFrom != null && m.args().bool("include_copied_list_records", false)) {
            for (ObjectNode rec : records(m, copyId)) {
                String recId = Ids.next(m.ws().tx(), "Rec");
                rec.put("id", recId).put("list_id", id);
                items(m).put(recId, rec);
            }
        }
        ObjectNode body = MethodCall.body().put("list_id", id);
        body.set("list_metadata", meta.deepCopy());
        return body;
    }

    static ObjectNode update(MethodCall m) {
        String id = m.args().string("id").orElseThrow(() -> new SlackError.InvalidArguments("missing required field: id"));
        ObjectNode list = writable(m, id);
        var name = m.args().string("name");
        JsonNode description = m.args().array("description_blocks", "invalid_blocks");
        boolean todoGiven = m.args().string("todo_mode").isPresent();
        if (name.isEmpty() && description == null && !todoGiven) {
            throw new SlackError("missing_arguments");
        }
        name.ifPresent(n -> list.put("name", n).put("title", n));
        ObjectNode meta = (ObjectNode) list.path("list_metadata");
        if (description != null) {
            meta.set("description_blocks", description);
        }
        if (todoGiven) {
            boolean todo = m.args().bool("todo_mode", false);
            ArrayNode columns = (ArrayNode) meta.path("schema");
            boolean hasTodo = false;
            for (JsonNode c : columns) {
                hasTodo |= c.path("type").asText().startsWith("todo_");
            }
            if (todo && !hasTodo) {
                columns.addAll(ListSchema.todoColumns(() -> Ids.next(m.ws().tx(), "Col")));
            }
            meta.put("todo_mode", todo);
        }
        lists(m).put(id, list);
        return MethodCall.body();
    }

    static ObjectNode accessSet(MethodCall m) {
        ObjectNode list = owned(m);
        String level = m.args().string("access_level")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: access_level"));
        if (!ACCESS_LEVELS.contains(level)) {
            throw new SlackError.InvalidArguments("must be one of read, write, owner [json-pointer:/access_level]");
        }
        grant(m, list, level);
        return MethodCall.body();
    }

    static ObjectNode accessDelete(MethodCall m) {
        grant(m, owned(m), null);
        return MethodCall.body();
    }

    /** Gives (or, with a null level, takes back) access for the channel_ids or the user_ids, never both. */
    private static void grant(MethodCall m, ObjectNode list, String level) {
        List<String> channels = ids(m, "channel_ids");
        List<String> users = ids(m, "user_ids");
        if (channels.isEmpty() == users.isEmpty()) {
            throw new SlackError("invalid_parameters");
        }
        ObjectNode access = (ObjectNode) list.path("access");
        for (String c : channels) {
            String id = m.ws().visible(c, m.user()).id();
            set(access.withObjectProperty("channels"), id, level);
        }
        for (String u : users) {
            m.ws().user(u).orElseThrow(() -> new SlackError("user_not_found"));
            set(access.withObjectProperty("users"), u, level);
        }
        lists(m).put(list.path("id").asText(), list);
    }

    private static void set(ObjectNode grants, String id, String level) {
        if (level == null) {
            grants.remove(id);
        } else {
            grants.put(id, level);
        }
    }

    static ObjectNode itemsCreate(MethodCall m) {
        String listId = listId(m);
        ObjectNode list = writable(m, listId);
        JsonNode columns = list.path("list_metadata").path("schema");
        List<ObjectNode> fields = new ArrayList<>();
        String duplicate = m.args().string("duplicated_item_id").orElse(null);
        if (duplicate != null) {
            ObjectNode original = items(m).get(duplicate).filter(r -> r.path("list_id").asText().equals(listId))
                    .orElseThrow(() -> new SlackError("duplicated_item_not_found"));
            original.path("fields").forEach(f -> fields.add((ObjectNode) f));
        }
        JsonNode initial = m.args().json("initial_fields", "invalid_args");
        if (initial != null) {
            if (!initial.isArray()) {
                throw new SlackError("invalid_args");
            }
            for (JsonNode given : initial) {
                if (!given.isObject()) {
                    throw new SlackError("invalid_args");
                }
                ObjectNode column = ListSchema.column(columns, given.path("column_id").asText());
                fields.removeIf(f -> f.path("column_id").asText().equals(column.path("id").asText()));
                fields.add(ListSchema.field(m.ws(), column, given));
            }
        }
        String parent = m.args().string("parent_item_id").orElse(null);
        if (parent != null) {
            items(m).get(parent).filter(r -> r.path("list_id").asText().equals(listId))
                    .orElseThrow(() -> new SlackError("invalid_args"));
        }
        String id = Ids.next(m.ws().tx(), "Rec");
        ObjectNode rec = MethodCall.body();
        long now = m.ws().nowSeconds();
        rec.put("id", id).put("list_id", listId).put("date_created", now).put("created_by", m.user())
                .put("updated_by", m.user()).put("updated_timestamp", now + ".000000");
        if (parent != null) {
            rec.put("parent_record_id", parent);
        }
        rec.putArray("fields").addAll(fields);
        items(m).put(id, rec);
        ObjectNode body = MethodCall.body();
        body.set("item", rec);
        return body;
    }

    static ObjectNode itemsInfo(MethodCall m) {
        String listId = listId(m);
        ObjectNode list = visible(m, listId);
        ObjectNode rec = record(m, listId, m.args().string("id").orElse(null));
        if (m.args().bool("include_is_subscribed", false)) {
            rec.put("is_subscribed", false);
        }
        ObjectNode body = MethodCall.body();
        list.remove("access");
        body.set("list", list);
        body.set("record", rec);
        ArrayNode subtasks = body.putArray("subtasks");
        records(m, listId).stream().filter(r -> r.path("parent_record_id").asText().equals(rec.path("id").asText()))
                .forEach(subtasks::add);
        return body;
    }

    /** The List's items in creation order; archived items are not kept, so {@code archived=true} lists none. */
    static ObjectNode itemsList(MethodCall m) {
        String listId = listId(m);
        visible(m, listId);
        List<ObjectNode> all = m.args().bool("archived", false) ? List.of() : records(m, listId);
        Page<ObjectNode> page = Page.of(all, r -> r.path("id").asText(), "record", false,
                m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("items");
        page.items().forEach(out::add);
        page.metadata(body);
        return body;
    }

    static ObjectNode itemsUpdate(MethodCall m) {
        String listId = listId(m);
        ObjectNode list = writable(m, listId);
        JsonNode cells = m.args().json("cells", "invalid_args");
        if (cells == null) {
            throw new SlackError.InvalidArguments("missing required field: cells");
        }
        if (!cells.isArray()) {
            throw new SlackError("invalid_args");
        }
        JsonNode columns = list.path("list_metadata").path("schema");
        List<ObjectNode> changed = new ArrayList<>();
        for (JsonNode cell : cells) {
            String rowId = cell.path("row_id").asText("");
            if (rowId.isEmpty()) {
                throw new SlackError("row_id_not_provided");
            }
            String columnId = cell.path("column_id").asText("");
            if (columnId.isEmpty()) {
                throw new SlackError("column_id_not_provided");
            }
            ObjectNode rec = changed.stream().filter(r -> r.path("id").asText().equals(rowId)).findFirst()
                    .orElseGet(() -> {
                        ObjectNode r = items(m).get(rowId).filter(x -> x.path("list_id").asText().equals(listId))
                                .orElseThrow(() -> new SlackError("row_not_found"));
                        changed.add(r);
                        return r;
                    });
            ObjectNode column = ListSchema.column(columns, columnId);
            ObjectNode field = ListSchema.field(m.ws(), column, cell);
            ArrayNode fields = rec.withArrayProperty("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (fields.get(i).path("column_id").asText().equals(columnId)) {
                    fields.remove(i);
                }
            }
            fields.add(field);
        }
        long now = m.ws().nowSeconds();
        for (ObjectNode rec : changed) {
            rec.put("updated_by", m.user()).put("updated_timestamp", now + ".000000");
            items(m).put(rec.path("id").asText(), rec);
        }
        return MethodCall.body();
    }

    static ObjectNode itemsDelete(MethodCall m) {
        String listId = listId(m);
        writable(m, listId);
        ObjectNode rec = record(m, listId, m.args().string("id").orElse(null));
        remove(m, listId, rec.path("id").asText());
        return MethodCall.body();
    }

    /** Deletes the items of {@code ids} that are in the List (the method documents no error for the others). */
    static ObjectNode itemsDeleteMultiple(MethodCall m) {
        String listId = listId(m);
        writable(m, listId);
        List<String> ids = ids(m, "ids");
        if (ids.isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: ids");
        }
        for (String id : ids) {
            if (items(m).get(id).filter(r -> r.path("list_id").asText().equals(listId)).isPresent()) {
                remove(m, listId, id);
            }
        }
        return MethodCall.body();
    }

    private static void remove(MethodCall m, String listId, String id) {
        items(m).remove(id);
        records(m, listId).stream().filter(r -> r.path("parent_record_id").asText().equals(id))
                .forEach(r -> items(m).remove(r.path("id").asText()));
    }

    static ObjectNode downloadStart(MethodCall m) {
        String listId = listId(m);
        ObjectNode list = visible(m, listId);
        byte[] csv = csv(list, records(m, listId)).getBytes(StandardCharsets.UTF_8);
        String name = list.path("name").asText() + ".csv";
        File export = new File(Ids.next(m.ws().tx(), "F"), m.user(), name, name, null, null, csv.length, csv,
                m.ws().nowSeconds(), true, false, List.of());
        m.ws().tx().put(SlackKinds.FILES, export.id(), export);
        String job = Ids.next(m.ws().tx(), "LE");
        list.withObjectProperty("download_jobs").put(job, export.id());
        lists(m).put(listId, list);
        return MethodCall.body().put("job_id", job);
    }

    static ObjectNode downloadGet(MethodCall m) {
        String listId = listId(m);
        ObjectNode list = visible(m, listId);
        String job = m.args().string("job_id")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: job_id"));
        String fileId = list.path("download_jobs").path(job).asText("");
        File export = m.ws().tx().get(SlackKinds.FILES, fileId).orElseThrow(() -> new SlackError("job_not_found"));
        return MethodCall.body().put("status", "completed")
                .put("download_url", m.ws().json(export).path("url_private_download").asText());
    }

    /** The export: a header of column names, then a row per item (text columns by their text). */
    private static String csv(JsonNode list, List<ObjectNode> records) {
        JsonNode columns = list.path("list_metadata").path("schema");
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(c.path("name").asText()));
        row(out, header);
        for (ObjectNode rec : records) {
            List<String> cells = new ArrayList<>();
            for (JsonNode c : columns) {
                String value = "";
                for (JsonNode f : rec.path("fields")) {
                    if (f.path("column_id").asText().equals(c.path("id").asText())) {
                        value = f.has("text") ? f.path("text").asText() : cellText(f);
                    }
                }
                cells.add(value);
            }
            row(out, cells);
        }
        return out.toString();
    }

    private static String cellText(JsonNode field) {
        for (var name : (Iterable<String>) field::fieldNames) {
            JsonNode v = field.get(name);
            if (!name.equals("key") && !name.equals("column_id")) {
                if (v.isArray()) {
                    List<String> parts = new ArrayList<>();
                    v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
                    return String.join(", ", parts);
                }
                return v.asText();
            }
        }
        return "";
    }

    private static void row(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(c.matches("[^,\"\\r\\n]*") ? c : "\"" + c.replace("\"", "\"\"") + "\"");
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    private static String listId(MethodCall m) {
        return m.args().string("list_id")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: list_id"));
    }

    /** A JSON array of ids (the SDKs send them so in forms) or a comma-separated text. */
    private static List<String> ids(MethodCall m, String name) {
        JsonNode v = m.args().json(name, () -> null);
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            m.args().string(name).ifPresent(s -> {
                for (String id : s.split(",")) {
                    if (!id.isBlank()) {
                        out.add(id.trim());
                    }
                }
            });
        } else if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return new ArrayList<>(out);
    }

    private static ObjectNode record(MethodCall m, String listId, String id) {
        if (id == null) {
            throw new SlackError.InvalidArguments("missing required field: id");
        }
        return items(m).get(id).filter(r -> r.path("list_id").asText().equals(listId))
                .orElseThrow(() -> new SlackError("record_not_found"));
    }

    private static List<ObjectNode> records(MethodCall m, String listId) {
        return items(m).all(r -> r.path("list_id").asText().equals(listId)).stream()
                .sorted(Comparator.comparing(r -> r.path("id").asText())).toList();
    }

    /** The caller's level of access to the List: their own grant, else the best grant of a channel they are in. */
    private static String level(MethodCall m, JsonNode list) {
        String best = list.path("access").path("users").path(m.user()).asText(null);
        var channels = list.path("access").path("channels");
        for (var id : (Iterable<String>) channels::fieldNames) {
            boolean member = m.ws().find(id).map(c -> c.hasMember(m.user())).orElse(false);
            String level = channels.path(id).asText();
            if (member && (best == null || rank(level) > rank(best))) {
                best = level;
            }
        }
        return best;
    }

    private static int rank(String level) {
        return switch (level) {
            case "owner" -> 3;
            case "write" -> 2;
            default -> 1;
        };
    }

    private static ObjectNode visible(MethodCall m, String id) {
        ObjectNode list = lists(m).get(id).orElseThrow(() -> new SlackError("list_not_found"));
        if (level(m, list) == null) {
            throw new SlackError("list_not_found");
        }
        return list;
    }

    private static ObjectNode writable(MethodCall m, String id) {
        ObjectNode list = visible(m, id);
        if (rank(level(m, list)) < 2) {
            throw new SlackError("permission_denied");
        }
        return list;
    }

    private static ObjectNode owned(MethodCall m) {
        ObjectNode list = visible(m, listId(m));
        if (rank(level(m, list)) < 3) {
            throw new SlackError("restricted_action");
        }
        return list;
    }

    private static Records lists(MethodCall m) {
        return new Records(m.ws(), SlackKinds.LISTS);
    }

    private static Records items(MethodCall m) {
        return new Records(m.ws(), SlackKinds.LIST_ITEMS);
    }
}
