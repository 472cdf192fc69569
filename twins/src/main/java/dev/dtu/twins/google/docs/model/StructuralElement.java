package dev.dtu.twins.google.docs.model;

/** One element of a segment's content, as the API's StructuralElement: a paragraph or a table. */
public record StructuralElement(Paragraph paragraph, Table table) {
    public static StructuralElement of(Paragraph paragraph) {
        return new StructuralElement(paragraph, null);
    }

    public static StructuralElement of(Table table) {
        return new StructuralElement(null, table);
    }

    /** How many index units the element takes. */
    public int size() {
        return paragraph != null ? paragraph.text().length() : table.size();
    }

    /** Its paragraphs' text in order (a table's cells row by row). */
    public String text() {
        return paragraph != null ? paragraph.text() : table.text();
    }
}
