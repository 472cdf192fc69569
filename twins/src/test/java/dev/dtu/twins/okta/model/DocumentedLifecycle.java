package dev.dtu.twins.okta.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine as read from Okta's docs, written as a table independent of {@link UserLifecycle}.
 * {@code A} is ACTIVE when the user can sign in after activation and PROVISIONED otherwise; {@code -} is
 * an illegal move.
 */
final class DocumentedLifecycle {

    private static final String[] COLUMNS = {"activate", "reactivate", "deactivate", "suspend", "unsuspend",
            "unlock", "expire_password", "expire_password_with_temp_password", "reset_password"};

    private static final String TABLE = """
            STAGED           A -           DEPROVISIONED -         -      -      -                -                -
            PROVISIONED      - PROVISIONED DEPROVISIONED -         -      -      -                -                RECOVERY
            ACTIVE           - -           DEPROVISIONED SUSPENDED -      ACTIVE PASSWORD_EXPIRED PASSWORD_EXPIRED RECOVERY
            RECOVERY         - PROVISIONED DEPROVISIONED -         -      -      -                -                RECOVERY
            PASSWORD_EXPIRED - -           DEPROVISIONED -         -      -      PASSWORD_EXPIRED PASSWORD_EXPIRED RECOVERY
            LOCKED_OUT       - -           DEPROVISIONED -         -      ACTIVE -                -                RECOVERY
            SUSPENDED        - -           DEPROVISIONED -         ACTIVE -      -                -                -
            DEPROVISIONED    A -           -             -         -      -      -                -                -
            """;

    /** The documented error code and HTTP status for each operation's illegal moves. */
    static final Map<LifecycleOperation, String> ERROR = Map.of(
            LifecycleOperation.ACTIVATE, "E0000016/403",
            LifecycleOperation.REACTIVATE, "E0000038/403",
            LifecycleOperation.DEACTIVATE, "E0000038/403",
            LifecycleOperation.SUSPEND, "E0000001/400",
            LifecycleOperation.UNSUSPEND, "E0000001/400",
            LifecycleOperation.UNLOCK, "E0000032/403",
            LifecycleOperation.EXPIRE_PASSWORD, "E0000038/403",
            LifecycleOperation.EXPIRE_PASSWORD_WITH_TEMP_PASSWORD, "E0000038/403",
            LifecycleOperation.RESET_PASSWORD, "E0000038/403");

    private static final Map<UserStatus, Map<LifecycleOperation, String>> CELLS = parse();

    private DocumentedLifecycle() {
    }

    static Optional<UserStatus> target(UserStatus from, LifecycleOperation operation, UserCredentials credentials) {
        String cell = CELLS.get(from).get(operation);
        if (cell.equals("-")) {
            return Optional.empty();
        }
        if (cell.equals("A")) {
            return Optional.of(credentials.canSignInAfterActivation() ? UserStatus.ACTIVE : UserStatus.PROVISIONED);
        }
        return Optional.of(UserStatus.valueOf(cell));
    }

    static String error(OktaException e) {
        return e.errorCode() + "/" + e.httpStatus();
    }

    private static Map<UserStatus, Map<LifecycleOperation, String>> parse() {
        Map<UserStatus, Map<LifecycleOperation, String>> cells = new EnumMap<>(UserStatus.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] words = line.trim().split("\\s+");
            Map<LifecycleOperation, String> row = new EnumMap<>(LifecycleOperation.class);
            for (int i = 0; i < COLUMNS.length; i++) {
                row.put(LifecycleOperation.fromPathSegment(COLUMNS[i]).orElseThrow(), words[i + 1]);
            }
            cells.put(UserStatus.valueOf(words[0]), row);
        }
        return cells;
    }
}
