package dev.dtu.twins.slack.model;

import java.util.Locale;
import java.util.Map;

/** Slack's filetype, mimetype and pretty_type for a file name (https://docs.slack.dev/reference/objects/file-object#types). */
public final class FileTypes {
    private static final Map<String, String[]> TYPES = Map.ofEntries(
            Map.entry("text", new String[] {"text/plain", "Plain Text"}),
            Map.entry("csv", new String[] {"text/csv", "CSV"}),
            Map.entry("json", new String[] {"application/json", "JSON"}),
            Map.entry("markdown", new String[] {"text/plain", "Markdown (raw)"}),
            Map.entry("html", new String[] {"text/html", "HTML"}),
            Map.entry("pdf", new String[] {"application/pdf", "PDF"}),
            Map.entry("png", new String[] {"image/png", "PNG"}),
            Map.entry("jpg", new String[] {"image/jpeg", "JPEG"}),
            Map.entry("gif", new String[] {"image/gif", "GIF"}),
            Map.entry("zip", new String[] {"application/zip", "Zip"}),
            Map.entry("javascript", new String[] {"text/plain", "JavaScript"}),
            Map.entry("python", new String[] {"text/plain", "Python"}),
            Map.entry("java", new String[] {"text/plain", "Java"}),
            Map.entry("yaml", new String[] {"text/plain", "YAML"}),
            Map.entry("binary", new String[] {"application/octet-stream", "Binary"}));
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("txt", "text"), Map.entry("log", "text"), Map.entry("csv", "csv"), Map.entry("json", "json"),
            Map.entry("md", "markdown"), Map.entry("html", "html"), Map.entry("htm", "html"), Map.entry("pdf", "pdf"),
            Map.entry("png", "png"), Map.entry("jpg", "jpg"), Map.entry("jpeg", "jpg"), Map.entry("gif", "gif"),
            Map.entry("zip", "zip"), Map.entry("js", "javascript"), Map.entry("py", "python"),
            Map.entry("java", "java"), Map.entry("yml", "yaml"), Map.entry("yaml", "yaml"));

    private FileTypes() {}

    public static String filetype(String name, String snippetType) {
        if (snippetType != null && TYPES.containsKey(snippetType)) {
            return snippetType;
        }
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot < 0) {
            return "text";
        }
        return EXTENSIONS.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "binary");
    }

    public static String mimetype(String filetype) {
        return TYPES.getOrDefault(filetype, TYPES.get("binary"))[0];
    }

    public static String pretty(String filetype) {
        return TYPES.getOrDefault(filetype, TYPES.get("binary"))[1];
    }
}
