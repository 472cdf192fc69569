package dev.dtu.twins.google.docs.model;

/** What Docs keeps of inserted text. */
final class Texts {
    private Texts() {}

    // Control characters U+0000-U+0008 and U+000C-U+001F and the BMP Private Use Area are stripped from
    // inserted text (developers.google.com/docs/api/concepts/rules-behavior#insert_text).
    static String stripped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean control = c <= 0x08 || (c >= 0x0C && c <= 0x1F);
            boolean privateUse = c >= 0xE000 && c <= 0xF8FF;
            if (!control && !privateUse) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
