package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One segment (the body, a header or a footer) being edited as its flat list of index units. The body's
 * index k is unit k-1 (index 0 is the section break every body starts with); a header's or footer's index k
 * is unit k. Paragraph properties live on the paragraph's newline, as in Docs, so splitting and merging
 * paragraphs is splicing the unit list.
 */
public final class Segment {
    /** Told of every splice, so named ranges can follow the text. */
    interface Splices {
        void inserted(int index, int length);

        void deleted(int start, int end);
    }

    static final JsonNode NORMAL = Json.object().put("namedStyleType", "NORMAL_TEXT").put("direction", "LEFT_TO_RIGHT");
    static final JsonNode PLAIN = Json.object();

    final List<Unit> units;
    private final int base;
    private final Splices splices;

    Segment(List<StructuralElement> content, int base, Splices splices) {
        this.units = new ArrayList<>(SegmentUnits.flatten(content));
        this.base = base;
        this.splices = splices;
    }

    /** A new segment's content: one empty NORMAL_TEXT paragraph. */
    static List<StructuralElement> empty() {
        return SegmentUnits.parse(List.of(SegmentUnits.newline(PLAIN, NORMAL)));
    }

    public List<StructuralElement> freeze() {
        return SegmentUnits.parse(units);
    }

    /** The end index of the segment: one past its final newline. */
    public int endIndex() {
        return units.size() + base;
    }

    /** Every index unit in order; table marks read as their Private Use Area symbols. */
    public String text() {
        StringBuilder out = new StringBuilder();
        units.forEach(u -> out.append(u.c()));
        return out.toString();
    }

    int base() {
        return base;
    }

    private int at(int index) {
        return index - base;
    }

    public void insertText(int index, String text) {
        checkInsertIndex(index);
        insertUnits(index, Texts.stripped(text), false);
    }

    // Inserted text takes the style of the text before it in the same paragraph, else of the text after it.
    void insertUnits(int index, String text, boolean pageBreak) {
        int at = at(index);
        Unit before = at > 0 && units.get(at - 1).mark() == null && !units.get(at - 1).isNewline() ? units.get(at - 1) : null;
        JsonNode style = before != null ? before.style() : units.get(at).style();
        Unit.ParaAttrs para = paragraphAttrs(at);
        List<Unit> added = new ArrayList<>();
        for (char c : text.toCharArray()) {
            added.add(new Unit(c, style, c == '\n' ? para : null, pageBreak && c != '\n'));
        }
        units.addAll(at, added);
        splices.inserted(index, text.length());
    }

    public void insertPageBreak(int index) {
        checkInsertIndex(index);
        insertUnits(index, "\u000c", true);
        insertUnits(index + 1, "\n", false);
    }

    /** An inline object (insertInlineImage) at the index: one unit naming it, styled like inserted text. */
    public void insertInlineObject(int index, String objectId) {
        checkInsertIndex(index);
        insertUnits(index, String.valueOf(Unit.INLINE_OBJECT), false);
        units.set(at(index), units.get(at(index)).withObject(objectId));
    }

    /** The ids of the inline objects the segment holds. */
    public java.util.Set<String> inlineObjectIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        units.forEach(u -> {
            if (u.objectId() != null) {
                ids.add(u.objectId());
            }
        });
        return ids;
    }

    private Unit.ParaAttrs paragraphAttrs(int at) {
        return units.get(newlineFrom(at)).para();
    }

    private int newlineFrom(int at) {
        for (int i = at; i < units.size(); i++) {
            if (units.get(i).isNewline()) {
                return i;
            }
        }
        throw new IllegalStateException("a paragraph ends with a newline");
    }

    void checkInsertIndex(int index) {
        if (index < base || (index < endIndex() && units.get(at(index)).mark() != null)) {
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
        int from = at(start);
        int to = at(end);
        if (!Tables.deletable(units, from, to)) {
            throw GoogleException.invalidArgument("Invalid deletion range. Cannot delete the requested range.");
        }
        boolean startsParagraph = from == 0 || units.get(from - 1).isNewline() || units.get(from - 1).mark() != null;
        Unit.ParaAttrs firstAttrs = units.get(from).mark() == null ? paragraphAttrs(from) : null;
        boolean crossesParagraphs = units.subList(from, to).stream().anyMatch(Unit::isNewline);
        units.subList(from, to).clear();
        if (crossesParagraphs && !startsParagraph && firstAttrs != null) {
            int nl = newlineFrom(from);
            Unit u = units.get(nl);
            units.set(nl, new Unit(u.c(), u.style(), firstAttrs, false));
        }
        splices.deleted(start, end);
    }

    /** Removes [from, to) of the units without the paragraph checks (whole rows and tables). */
    void removeUnits(int from, int to) {
        units.subList(from, to).clear();
        splices.deleted(from + base, to + base);
    }

    void addUnits(int at, List<Unit> added) {
        units.addAll(at, added);
        splices.inserted(at + base, added.size());
    }

    /** Checks a [start, end) range of the segment, with Google's messages. */
    public void checkRange(int start, int end) {
        if (start >= end) {
            throw GoogleException.invalidArgument(start == end ? "The range should not be empty."
                    : "The start index of the range must be less than the end index.");
        }
        if (start < base) {
            throw GoogleException.invalidArgument("The range must start at index 1 or after: index 0 is the "
                    + "section break.");
        }
        if (end > endIndex()) {
            throw GoogleException.invalidArgument("Index " + (end - 1) + " must be less than the end index of the "
                    + "referenced segment, " + endIndex() + ".");
        }
    }

    public int replaceAllText(String find, boolean matchCase, String replacement) {
        int count = 0;
        int from = 0;
        String text = Texts.stripped(replacement);
        while (true) {
            int at = indexOf(text(), find, from, matchCase);
            if (at < 0) {
                return count;
            }
            count++;
            int index = at + base;
            if (!text.isEmpty()) {
                insertUnits(index + find.length(), text, false);
                restyle(at + find.length(), text.length(), units.get(at).style());
            }
            units.subList(at, at + find.length()).clear();
            splices.deleted(index, index + find.length());
            from = at + text.length();
        }
    }

    private void restyle(int at, int length, JsonNode style) {
        for (int i = at; i < at + length; i++) {
            Unit u = units.get(i);
            units.set(i, u.withStyle(style));
        }
    }

    private static int indexOf(String text, String find, int from, boolean matchCase) {
        return matchCase ? text.indexOf(find, from)
                : text.toLowerCase(Locale.ROOT).indexOf(find.toLowerCase(Locale.ROOT), from);
    }

    /** Sets the masked TextStyle fields on every character of [start, end). */
    public void updateTextStyle(int start, int end, JsonNode style, List<String> fields) {
        checkRange(start, end);
        for (int i = at(start); i < at(end); i++) {
            Unit u = units.get(i);
            if (u.mark() == null) {
                units.set(i, u.withStyle(merge(u.style(), style, fields)));
            }
        }
    }

    /** Sets the masked ParagraphStyle fields on every paragraph that [start, end) touches. */
    public void updateParagraphStyle(int start, int end, JsonNode style, List<String> fields) {
        checkRange(start, end);
        forEachParagraphNewline(start, end, u -> new Unit(u.c(), u.style(),
                new Unit.ParaAttrs(merge(u.para().style(), style, fields), u.para().bullet()), false));
    }

    public void setBullets(int start, int end, String listId) {
        checkRange(start, end);
        forEachParagraphNewline(start, end, u -> new Unit(u.c(), u.style(),
                new Unit.ParaAttrs(u.para().style(), listId == null ? null : new Bullet(listId, 0)), false));
    }

    private void forEachParagraphNewline(int start, int end, java.util.function.UnaryOperator<Unit> change) {
        int i = at(start);
        while (i > 0 && units.get(i - 1).mark() == null && !units.get(i - 1).isNewline()) {
            i--;
        }
        for (; i < units.size(); i++) {
            if (units.get(i).isNewline()) {
                units.set(i, change.apply(units.get(i)));
                if (i >= at(end) - 1) {
                    return;
                }
            }
        }
    }

    /** The current style with the masked fields of the update set (or cleared when the update lacks them). */
    static JsonNode merge(JsonNode current, JsonNode update, List<String> fields) {
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
}
