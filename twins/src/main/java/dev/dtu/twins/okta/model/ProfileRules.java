package dev.dtu.twins.okta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The default Okta user profile's rules: {@code login}, {@code email}, {@code firstName} and {@code lastName}
 * are required, the login is unique and in the form of an email address. Okta names the first failing
 * field in the summary and lists every failure in {@code errorCauses}.
 */
public final class ProfileRules {
    private static final List<String> REQUIRED = List.of("login", "email", "firstName", "lastName");
    private static final Pattern LOGIN = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ProfileRules() {
    }

    /**
     * Checks a whole profile (create, or PUT which replaces it).
     *
     * @param loginTaken whether another user already has this login
     */
    public static void checkComplete(Map<String, Object> profile, boolean loginTaken) {
        List<String> fields = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (String field : REQUIRED) {
            if (blank(profile.get(field))) {
                fields.add(field);
                causes.add(field + ": The field cannot be left blank");
            }
        }
        checkFormats(profile, loginTaken, fields, causes);
        fail(fields, causes);
    }

    /** Checks the attributes a partial update sets: none may be blanked, formats still hold. */
    public static void checkPartial(Map<String, Object> changes, boolean loginTaken) {
        List<String> fields = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (String field : REQUIRED) {
            if (changes.containsKey(field) && blank(changes.get(field))) {
                fields.add(field);
                causes.add(field + ": The field cannot be left blank");
            }
        }
        checkFormats(changes, loginTaken, fields, causes);
        fail(fields, causes);
    }

    private static void checkFormats(Map<String, Object> profile, boolean loginTaken, List<String> fields,
            List<String> causes) {
        Object login = profile.get("login");
        if (!blank(login) && !LOGIN.matcher(login.toString()).matches()) {
            fields.add("login");
            causes.add("login: Username must be in the form of an email address");
        } else if (!blank(login) && loginTaken) {
            fields.add("login");
            causes.add("login: An object with this field already exists in the current organization");
        }
        Object email = profile.get("email");
        if (!blank(email) && !EMAIL.matcher(email.toString()).matches()) {
            fields.add("email");
            causes.add("email: Does not match required pattern");
        }
    }

    private static void fail(List<String> fields, List<String> causes) {
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(fields.get(0), causes);
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
