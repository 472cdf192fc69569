package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;

/** The list properties createParagraphBullets' presets produce (nine nesting levels each). */
final class Lists {
    private Lists() {}

    static JsonNode properties(String preset) {
        String[] glyphs = switch (preset) {
            case "BULLET_DISC_CIRCLE_SQUARE" -> new String[] {"●", "○", "■"};
            case "BULLET_DIAMONDX_ARROW3D_SQUARE" -> new String[] {"❖", "➢", "■"};
            case "BULLET_CHECKBOX" -> new String[] {"☐", "☐", "☐"};
            case "BULLET_ARROW_DIAMOND_DISC" -> new String[] {"➔", "◆", "●"};
            case "BULLET_STAR_CIRCLE_SQUARE" -> new String[] {"★", "○", "■"};
            case "NUMBERED_DECIMAL_ALPHA_ROMAN", "NUMBERED_DECIMAL_NESTED", "NUMBERED_UPPERALPHA_ALPHA_ROMAN",
                 "NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS", "NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL",
                 "NUMBERED_ZERODECIMAL_ALPHA_ROMAN" -> null;
            default -> throw GoogleException.invalidArgument("Invalid value at 'requests.create_paragraph_bullets"
                    + ".bullet_preset' (type.googleapis.com/google.apps.docs.v1.BulletGlyphPreset), \"" + preset + "\"");
        };
        ObjectNode props = Json.object();
        ArrayNode levels = props.putObject("listProperties").putArray("nestingLevels");
        String[] types = {"DECIMAL", "ALPHA", "ROMAN"};
        for (int level = 0; level < 9; level++) {
            ObjectNode l = levels.addObject().put("bulletAlignment", "START").put("startNumber", 1);
            l.putObject("indentFirstLine").put("magnitude", 18 + 36 * level).put("unit", "PT");
            l.putObject("indentStart").put("magnitude", 36 + 36 * level).put("unit", "PT");
            l.putObject("textStyle");
            if (glyphs != null) {
                l.put("glyphSymbol", glyphs[level % 3]);
            } else {
                l.put("glyphType", types[level % 3]).put("glyphFormat", "%" + level + ".");
            }
        }
        return props;
    }
}
