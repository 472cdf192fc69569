package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * The org's self-service features (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Feature/).
 * Okta decides which features an org is offered; the twin offers a small fixed catalogue (its names are the twin's
 * choice: Okta publishes no list) with one dependency, so the documented dependency rules can be exercised:
 * enabling a feature whose dependencies are disabled, or disabling one whose dependents are enabled, is a 400
 * unless {@code mode=force}, which first enables the dependencies (or disables the dependents).
 */
public final class Features {
    public static final Kind<Status> STATUS = Kind.of("okta", "featureStatus", Status.class);
    private static final List<Feature> CATALOGUE = List.of(
            new Feature("ftrdtu00000000000001", "Android Device Trust",
                    "Only Android devices managed by the org's device management may access apps.", List.of()),
            new Feature("ftrdtu00000000000002", "Android Device Trust for Okta Verify",
                    "Okta Verify on Android reports the device's trust state at sign-in.",
                    List.of("ftrdtu00000000000001")),
            new Feature("ftrdtu00000000000003", "Event Hook Filtering",
                    "Event hooks may name an Expression Language filter on the events they receive.", List.of()));

    /** A feature's status once enabled or disabled (every feature starts DISABLED). */
    public record Status(String featureId, String status) {
    }

    /** A feature of the catalogue: its id, name, description and the ids of the features it depends on. */
    public record Feature(String id, String name, String description, List<String> dependencies) {
    }

    private Features() {
    }

    public static List<Feature> all() {
        return CATALOGUE;
    }

    public static Feature require(String id) {
        return CATALOGUE.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> OktaErrors.notFound(id, "Feature"));
    }

    public static String status(State state, String id) {
        return state.get(STATUS, id).map(Status::status).orElse("DISABLED");
    }

    public static List<Feature> dependencies(String id) {
        return require(id).dependencies().stream().map(Features::require).toList();
    }

    public static List<Feature> dependents(String id) {
        require(id);
        return CATALOGUE.stream().filter(f -> f.dependencies().contains(id)).toList();
    }

    /** updateFeatureLifecycle: {@code ENABLE} or {@code DISABLE}, forced or not. */
    public static Feature update(Tx tx, String id, String lifecycle, boolean force) {
        Feature feature = require(id);
        boolean enable = switch (lifecycle.toUpperCase(java.util.Locale.ROOT)) {
            case "ENABLE" -> true;
            case "DISABLE" -> false;
            default -> throw OktaErrors.apiValidationFailed("lifecycle",
                    List.of("lifecycle: must be one of ENABLE, DISABLE"));
        };
        List<Feature> blocking = new ArrayList<>();
        for (Feature other : enable ? dependencies(id) : dependents(id)) {
            if (status(tx.state(), other.id()).equals(enable ? "DISABLED" : "ENABLED")) {
                blocking.add(other);
            }
        }
        if (!blocking.isEmpty() && !force) {
            throw OktaErrors.apiValidationFailed(id, blocking.stream().map(f -> (enable
                    ? "Cannot enable the feature: it depends on '" : "Cannot disable the feature: '") + f.name()
                    + (enable ? "', which is disabled" : "' depends on it and is enabled")).toList());
        }
        for (Feature other : blocking) {
            update(tx, other.id(), lifecycle, true);
        }
        tx.put(STATUS, id, new Status(id, enable ? "ENABLED" : "DISABLED"));
        return feature;
    }
}
