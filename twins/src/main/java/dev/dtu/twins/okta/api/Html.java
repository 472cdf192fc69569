package dev.dtu.twins.okta.api;

/** HTML attribute escaping for the form_post response. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
