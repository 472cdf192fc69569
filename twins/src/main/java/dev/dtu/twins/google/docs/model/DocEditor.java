package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document's body being edited, one UTF-16 code unit at a time. Index k of the body is unit k-1: index 0
 * is the section break every body starts with. Paragraph properties live on the paragraph's newline, as in
 * Docs, so splitting and merging paragraphs is splicing the unit list.
 */
public final class DocEditor {
    /** A paragraph's style and bullet, carried by its newline. */
    record ParaAttrs(JsonNode style, Bullet bullet) {}

    /** One code unit with its text style; {@code para} is set on newlines only. */
    record Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak) {}

    static final JsonNode NORMAL = Json.object().put("namedStyleType", "NORMAL_TEXT").put("direction", "LEFT_TO_RIGHT");
    private static final JsonNode PLAIN = Json.object();

    final String id;
    String title;
    long revision;
    final List<Unit> units = new ArrayList<>();
    final Map<String, JsonNode> lists = new LinkedHashMap<>();
    final List<DocNamedRange> namedRanges = new ArrayList<>();

    private DocEditor(Document d) {
        id = d.documentId();
        title = d.title();
        revision = d.revision();
        for (Paragraph p : d.paragraphs()) {
            ParaAttrs attrs = new ParaAttrs(p.paragraphStyle(), p.bullet());
            for (TextRun r : p.runs()) {
                for (char c : r.content().toCharArray()) {
                    units.add(new Unit(c, r.textStyle(), c == '\n' ? attrs : null, r.pageBreak()));
                }
            }
        }
        lists.putAll(d.lists());
        namedRanges.addAll(d.namedRanges());
    }

    public static DocEditor open(Document d) {
        return new DocEditor(d);
    }

    /** A new document: one empty NORMAL_TEXT paragraph. */
    public static Document blank(String id, String title) {
        Paragraph empty = new Paragraph(List.of(new TextRun("\n", PLAIN, false)), NORMAL, null);
        return new Document(id, title, 1, List.of(empty), Map.of(), List.of());
    }

    public Document freeze() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TextRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Unit first = null;
        for (Unit u : units) {
            boolean sameRun = first != null && !u.pageBreak() && !first.pageBreak() && Objects.equals(first.style(), u.style());
            if (!sameRun && first != null) {
                runs.add(new TextRun(text.toString(), first.style(), first.pageBreak()));
                text.setLength(0);
            }
            if (!sameRun) {
                first = u;
            }
            text.append(u.c());
            if (u.c() == '\n') {
                runs.add(new TextRun(text.toString(), first.style(), first.pageBreak()));
                paragraphs.add(new Paragraph(runs, u.para().style(), u.para().bullet()));
                runs = new ArrayList<>();
                text.setLength(0);
                first = null;
            }
        }
        return new Document(id, title, revision, paragraphs, lists, namedRanges);
    }

    /** The end index of the body: one past its final newline. */
    public int endIndex() {
        return units.size() + 1;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        units.forEach(u -> out.append(u.c()));
        return out.toString();
    }

    public void insertText(int index, String text) {
        checkInsertIndex(index);
        insertUnits(index, text, false);
    }

    // Inserted text takes the style of the text before it in the same paragraph, else of the text after it.
    private void insertUnits(int index, String text, boolean pageBreak) {
        int at = index - 1;
        Unit before = at > 0 && units.get(at - 1).c() != '\n' ? units.get(at - 1) : null;
        Unit after = units.get(at);
        JsonNode style = before != null ? before.style() : after.style();
        ParaAttrs para = paragraphAttrs(at);
        List<Unit> added = new ArrayList<>();
        for (char c : text.toCharArray()) {
            added.add(new Unit(c, style, c == '\n' ? para : null, pageBreak && c != '\n'));
        }
        units.addAll(at, added);
        shiftNamedRanges(index, text.length());
    }

    public void insertPageBreak(int index) {
        checkInsertIndex(index);
        insertUnits(index, "\u000c", true);
        insertUnits(index + 1, "\n", false);
    }

    private ParaAttrs paragraphAttrs(int unitIndex) {
        for (int i = unitIndex; i < units.size(); i++) {
            if (units.get(i).c() == '\n') {
                return units.get(i).para();
            }
        }
        throw new IllegalStateException("a body ends with a newline");
    }

    private void checkInsertIndex(int index) {
        if (index < 1) {
            throw GoogleException.invalidArgument("The insertion index must be inside the bounds of an existing "
                    + "paragraph. You can still create new paragraphs by inserting newlines.");
        }
        if (index >= endIndex()) {
            throw GoogleException.invalidArgument("Index " + index + " must be less than the end index of the "
                    + "referenced segment, " + endIndex() + ".");
        }
    }

    public void deleteContentRange(int start, int end) {
        checkRange(start, end);
        if (end == endIndex()) {
            throw GoogleException.invalidArgument("The range cannot include the newline character at the end of the "
                    + "segment.");
        }
        int from = start - 1;
        int to = end - 1;
        boolean startsParagraph = from == 0 || units.get(from - 1).c() == '\n';
        ParaAttrs firstAttrs = paragraphAttrs(from);
        boolean crossesParagraphs = units.subList(from, to).stream().anyMatch(u -> u.c() == '\n');
        units.subList(from, to).clear();
        if (crossesParagraphs && !startsParagraph) {
            int nl = indexOfNewline(from);
            Unit u = units.get(nl);
            units.set(nl, new Unit(u.c(), u.style(), firstAttrs, false));
        }
        shiftNamedRangesForDelete(start, end);
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < units.size(); i++) {
            if (units.get(i).c() == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("a body ends with a newline");
    }

    /** Checks a [start, end) range of the body, with Google's messages. */
    public void checkRange(int start, int end) {
        if (start >= end) {
            throw GoogleException.invalidArgument(start == end ? "The range should not be empty."
                    : "The start index of the range must be less than the end index.");
        }
        if (start < 1) {
            throw GoogleException.invalidArgument("The range must start at index 1 or after: index 0 is the "
                    + "section break.");
        }
        if (end > endIndex()) {
            throw GoogleException.invalidArgument("Index " + (end - 1) + " must be less than the end index of the "
                    + "referenced segment, " + endIndex() + ".");
        }
    }

    public int replaceAllText(String find, boolean matchCase, String replacement) {
        if (find.isEmpty()) {
            throw GoogleException.invalidArgument("The text to search for must not be empty.");
        }
        int count = 0;
        int from = 0;
        while (true) {
            int at = indexOf(text(), find, from, matchCase);
            if (at < 0) {
                return count;
            }
            count++;
            int index = at + 1;
            if (!replacement.isEmpty()) {
                insertUnits(index + find.length(), replacement, false);
                restyle(index + find.length(), replacement.length(), units.get(at).style());
            }
            units.subList(at, at + find.length()).clear();
            shiftNamedRangesForDelete(index, index + find.length());
            from = at + replacement.length();
        }
    }

    private void restyle(int index, int length, JsonNode style) {
        for (int i = index - 1; i < index - 1 + length; i++) {
            Unit u = units.get(i);
            units.set(i, new Unit(u.c(), style, u.para(), u.pageBreak()));
        }
    }

    private static int indexOf(String text, String find, int from, boolean matchCase) {
        return matchCase ? text.indexOf(find, from)
                : text.toLowerCase(java.util.Locale.ROOT).indexOf(find.toLowerCase(java.util.Locale.ROOT), from);
    }

    /** Sets the masked TextStyle fields on every unit of [start, end). */
    public void updateTextStyle(int start, int end, JsonNode style, List<String> fields) {
        checkRange(start, end);
        for (int i = start - 1; i < end - 1; i++) {
            Unit u = units.get(i);
            units.set(i, new Unit(u.c(), merge(u.style(), style, fields), u.para(), u.pageBreak()));
        }
    }

    /** Sets the masked ParagraphStyle fields on every paragraph that [start, end) touches. */
    public void updateParagraphStyle(int start, int end, JsonNode style, List<String> fields) {
        checkRange(start, end);
        forEachParagraphNewline(start, end, (i, u) -> new Unit(u.c(), u.style(),
                new ParaAttrs(merge(u.para().style(), style, fields), u.para().bullet()), false));
    }

    public void setBullets(int start, int end, String listId) {
        checkRange(start, end);
        forEachParagraphNewline(start, end, (i, u) -> new Unit(u.c(), u.style(),
                new ParaAttrs(u.para().style(), listId == null ? null : new Bullet(listId, 0)), false));
    }

    interface UnitChange {
        Unit change(int index, Unit unit);
    }

    private void forEachParagraphNewline(int start, int end, UnitChange change) {
        int i = start - 1;
        while (i > 0 && units.get(i - 1).c() != '\n') {
            i--;
        }
        for (; i < units.size(); i++) {
            if (units.get(i).c() == '\n') {
                units.set(i, change.change(i, units.get(i)));
                if (i >= end - 2) {
                    return;
                }
            }
        }
    }

    private static JsonNode merge(JsonNode current, JsonNode update, List<String> fields) {
        ObjectNode out = current == null ? Json.object() : ((ObjectNode) current).deepCopy();
        List<String> names = new ArrayList<>();
        if (fields.contains("*")) {
            update.fieldNames().forEachRemaining(names::add);
            out.removeAll();
        } else {
            names.addAll(fields.stream().map(f -> f.split("\\.")[0]).toList());
        }
        for (String name : names) {
            if (update.has(name)) {
                out.set(name, update.get(name).deepCopy());
            } else {
                out.remove(name);
            }
        }
        return out;
    }

    private void shiftNamedRanges(int index, int length) {
        namedRanges.replaceAll(r -> new DocNamedRange(r.namedRangeId(), r.name(),
                r.startIndex() >= index ? r.startIndex() + length : r.startIndex(),
                r.endIndex() > index ? r.endIndex() + length : r.endIndex()));
    }

    private void shiftNamedRangesForDelete(int start, int end) {
        int length = end - start;
        namedRanges.replaceAll(r -> new DocNamedRange(r.namedRangeId(), r.name(), moved(r.startIndex(), start, end, length),
                moved(r.endIndex(), start, end, length)));
        namedRanges.removeIf(r -> r.startIndex() >= r.endIndex());
    }

    private static int moved(int boundary, int start, int end, int length) {
        if (boundary >= end) {
            return boundary - length;
        }
        return Math.min(boundary, start);
    }

    public String addNamedRange(String name, int start, int end) {
        checkRange(start, end);
        if (name.isEmpty() || name.length() > 256) {
            throw GoogleException.invalidArgument("The name must be between 1 and 256 characters.");
        }
        String rangeId = "kix." + Integer.toHexString((id + ":" + name + ":" + namedRanges.size() + ":" + revision)
                .hashCode() & 0x7fffffff);
        namedRanges.add(new DocNamedRange(rangeId, name, start, end));
        return rangeId;
    }

    public void replaceNamedRangeContent(String rangeId, String name, String text) {
        List<DocNamedRange> targets = namedRanges.stream()
                .filter(r -> rangeId != null ? r.namedRangeId().equals(rangeId) : r.name().equals(name)).toList();
        if (targets.isEmpty()) {
            throw GoogleException.invalidArgument("The named range " + (rangeId != null ? "with ID " + rangeId
                    : "with name " + name) + " does not exist.");
        }
        DocNamedRange r = targets.get(0);
        int start = r.startIndex();
        if (!text.isEmpty()) {
            insertUnits(r.startIndex(), text, false);
        }
        int shifted = start + text.length();
        int oldEnd = r.endIndex() + text.length();
        if (oldEnd > shifted) {
            units.subList(shifted - 1, oldEnd - 1).clear();
            shiftNamedRangesForDelete(shifted, oldEnd);
        }
        namedRanges.removeIf(x -> x.namedRangeId().equals(r.namedRangeId()));
        if (!text.isEmpty()) {
            namedRanges.add(new DocNamedRange(r.namedRangeId(), r.name(), start, start + text.length()));
        }
    }

    public void deleteNamedRange(String rangeId, String name) {
        namedRanges.removeIf(r -> rangeId != null ? r.namedRangeId().equals(rangeId) : r.name().equals(name));
    }
}
