package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brands and their themes (Okta Management API, tags Brands and Themes). Every org has its default brand
 * ({@code isDefault}, for the Okta subdomain), made by the seed; each brand has exactly one theme, made with it.
 * Theme images are kept as uploaded and served back at the URL the upload answers.
 */
public final class Brands {
    public static final Kind<Resource> BRANDS = Kind.of("okta", "brands", Resource.class);
    public static final Kind<Resource> THEMES = Kind.of("okta", "brandThemes", Resource.class);
    /** An uploaded theme image: {@code contentType} and {@code data} (base64). */
    public static final Kind<Resource> IMAGES = Kind.of("okta", "brandImages", Resource.class);
    /** The theme fields an image upload sets, by the upload's path segment. */
    public static final List<String> IMAGE_PATHS = List.of("logo", "favicon", "background-image");
    /** BrandRequest's writable fields. */
    private static final List<String> BRAND_FIELDS = List.of("name", "removePoweredByOkta", "customPrivacyPolicyUrl",
            "agreeToCustomPrivacyPolicy", "locale", "emailDomainId", "defaultApp");
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** UpdateThemeRequest: the variants and their values (okta-management spec, *TouchPointVariant). */
    private static final List<Variant> VARIANTS = List.of(
            new Variant("signInPageTouchPointVariant", true, List.of("BACKGROUND_IMAGE", "BACKGROUND_SECONDARY_COLOR", "OKTA_DEFAULT")),
            new Variant("endUserDashboardTouchPointVariant", true,
                    List.of("FULL_THEME", "LOGO_ON_FULL_WHITE_BACKGROUND", "OKTA_DEFAULT", "WHITE_LOGO_BACKGROUND")),
            new Variant("errorPageTouchPointVariant", true, List.of("BACKGROUND_IMAGE", "BACKGROUND_SECONDARY_COLOR", "OKTA_DEFAULT")),
            new Variant("emailTemplateTouchPointVariant", true, List.of("FULL_THEME", "OKTA_DEFAULT")),
            new Variant("loadingPageTouchPointVariant", false, List.of("NONE", "OKTA_DEFAULT")));

    private record Variant(String field, boolean required, List<String> values) {
    }

    private final Tx tx;

    public Brands(Tx tx) {
        this.tx = tx;
    }

    /** The org's default brand, named as Okta names it ({@code <subdomain>_default}; the suffix is a guess). */
    public static void seed(Tx tx, String subdomain) {
        Brands brands = new Brands(tx);
        ObjectNode brand = brands.newBrand(subdomain + "_default");
        brand.put("isDefault", true);
        brands.store(brand);
    }

    public static List<Resource> all(State state) {
        return List.copyOf(state.all(BRANDS).values());
    }

    public static Resource require(State state, String brandId) {
        return state.get(BRANDS, brandId).orElseThrow(() -> OktaErrors.notFound(brandId, "Brand"));
    }

    public static List<Resource> themes(State state, String brandId) {
        require(state, brandId);
        return state.all(THEMES).values().stream().filter(t -> brandId.equals(t.parent())).toList();
    }

    public static Resource theme(State state, String brandId, String themeId) {
        return state.get(THEMES, themeId).filter(t -> t.parent().equals(require(state, brandId).id()))
                .orElseThrow(() -> OktaErrors.notFound(themeId, "Theme"));
    }

    /** createBrand: only the name is taken; names are unique ("same name already exist": 409). */
    public Resource create(JsonNode body) {
        String name = name(body);
        ObjectNode brand = newBrand(name);
        return store(brand);
    }

    /** replaceBrand: the writable fields as given (left out: their defaults); the name stays unique. */
    public Resource replace(String brandId, JsonNode body) {
        Resource brand = require(tx.state(), brandId);
        String name = name(body);
        List<String> causes = new ArrayList<>();
        JsonNode powered = body.path("removePoweredByOkta");
        if (!powered.isMissingNode() && !powered.isNull() && !powered.isBoolean()) {
            causes.add("removePoweredByOkta: The value must be a boolean.");
        }
        JsonNode privacy = body.path("customPrivacyPolicyUrl");
        // replaceBrand: "Not providing agreeToCustomPrivacyPolicy with customPrivacyPolicyUrl returns ... E0000001".
        if (privacy.isTextual() && !body.path("agreeToCustomPrivacyPolicy").asBoolean(false)) {
            causes.add("agreeToCustomPrivacyPolicy: Consent is required when setting customPrivacyPolicyUrl.");
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
        unique(name, brand.id());
        ObjectNode next = newBrand(name);
        next.put("isDefault", brand.body().path("isDefault").asBoolean(false));
        for (String field : BRAND_FIELDS) {
            if (body.has(field) && !body.get(field).isNull() && !field.equals("agreeToCustomPrivacyPolicy")) {
                next.set(field, body.get(field).deepCopy());
            }
        }
        next.put("id", brand.id());
        return tx.put(BRANDS, brand.id(), new Resource(brand.id(), null, next));
    }

    /** deleteBrand: the default brand stays (409); the brand's theme and images go with it. */
    public void delete(String brandId) {
        Resource brand = require(tx.state(), brandId);
        if (brand.body().path("isDefault").asBoolean(false)) {
            throw new OktaException(409, "E0000001", "Api validation failed: brand",
                    List.of("brand: The default brand cannot be deleted."));
        }
        for (Resource theme : themes(tx.state(), brandId)) {
            IMAGE_PATHS.forEach(p -> tx.remove(IMAGES, theme.id() + "/" + p));
            tx.remove(THEMES, theme.id());
        }
        EmailCustomizations.removeAll(tx, brandId);
        tx.remove(BRANDS, brandId);
    }

    /** replaceBrandTheme: colors and variants as given; the images stay (they change only by upload). */
    public Resource replaceTheme(String brandId, String themeId, JsonNode body) {
        Resource theme = theme(tx.state(), brandId, themeId);
        List<String> causes = new ArrayList<>();
        ObjectNode next = theme.body().deepCopy();
        for (String field : List.of("primaryColorHex", "secondaryColorHex", "primaryColorContrastHex", "secondaryColorContrastHex")) {
            JsonNode v = body.path(field);
            boolean required = field.endsWith("ColorHex") && !field.contains("Contrast");
            if (v.isMissingNode() || v.isNull()) {
                if (required) {
                    causes.add(field + ": The field cannot be left blank");
                }
                next.putNull(field);
            } else if (!v.isTextual() || !HEX.matcher(v.asText()).matches()) {
                causes.add(field + ": Invalid hex color code.");
            } else {
                next.put(field, v.asText().toLowerCase(Locale.ROOT));
            }
        }
        for (Variant variant : VARIANTS) {
            JsonNode v = body.path(variant.field());
            if (v.isMissingNode() || v.isNull()) {
                if (variant.required()) {
                    causes.add(variant.field() + ": The field cannot be left blank");
                }
            } else if (!variant.values().contains(v.asText())) {
                causes.add(variant.field() + ": Does not match required pattern: " + String.join(", ", variant.values()));
            } else {
                next.put(variant.field(), v.asText());
            }
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
        return tx.put(THEMES, theme.id(), new Resource(theme.id(), theme.parent(), next));
    }

    /** An upload: the image is kept under the theme, and the theme's field names it by {@code url}. */
    public String upload(String brandId, String themeId, String path, String contentType, byte[] data, String url) {
        Resource theme = theme(tx.state(), brandId, themeId);
        if (data.length == 0 || !contentType.startsWith("image/")) {
            throw OktaErrors.apiValidationFailed("file", List.of("file: The file must be a PNG, JPG or GIF image."));
        }
        tx.put(IMAGES, theme.id() + "/" + path, new Resource(theme.id() + "/" + path, theme.id(), Json.object()
                .put("contentType", contentType).put("data", Base64.getEncoder().encodeToString(data))));
        ObjectNode next = theme.body().deepCopy().put(field(path), url);
        tx.put(THEMES, theme.id(), new Resource(theme.id(), theme.parent(), next));
        return url;
    }

    /** Deleting an image puts Okta's default back (none, for the background image and favicon; the twin has no default logo). */
    public void deleteImage(String brandId, String themeId, String path) {
        Resource theme = theme(tx.state(), brandId, themeId);
        tx.remove(IMAGES, theme.id() + "/" + path);
        ObjectNode next = theme.body().deepCopy().putNull(field(path));
        tx.put(THEMES, theme.id(), new Resource(theme.id(), theme.parent(), next));
    }

    private static String field(String path) {
        return path.equals("background-image") ? "backgroundImage" : path;
    }

    private String name(JsonNode body) {
        JsonNode name = body.path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: The field cannot be left blank"));
        }
        if (name.asText().equals("DRAPP_DOMAIN_BRAND")) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: DRAPP_DOMAIN_BRAND is a reserved name."));
        }
        return name.asText();
    }

    private ObjectNode newBrand(String name) {
        ObjectNode brand = Json.object().put("name", name).put("isDefault", false).put("removePoweredByOkta", false)
                .putNull("customPrivacyPolicyUrl").put("locale", "en");
        brand.putObject("defaultApp").putNull("appInstanceId").putNull("appLinkName").putNull("classicApplicationUri");
        return brand;
    }

    /** createBrand's 409, "Could not create the new brand because same name already exist" (its wording guessed). */
    private void unique(String name, String except) {
        if (all(tx.state()).stream().anyMatch(b -> b.text("name").equalsIgnoreCase(name) && !b.id().equals(except))) {
            throw new OktaException(409, "E0000001", "Api validation failed: name",
                    List.of("name: A brand with the same name already exists."));
        }
    }

    private Resource store(ObjectNode brand) {
        unique(brand.path("name").asText(), null);
        String id = OktaIds.next(tx, "bnd");
        brand.put("id", id);
        Resource stored = tx.put(BRANDS, id, new Resource(id, null, brand));
        String themeId = OktaIds.next(tx, "thd");
        ObjectNode theme = Json.object().put("id", themeId).putNull("logo").putNull("favicon").putNull("backgroundImage")
                .put("primaryColorHex", "#1662dd").putNull("primaryColorContrastHex")
                .put("secondaryColorHex", "#ebebed").putNull("secondaryColorContrastHex")
                .put("signInPageTouchPointVariant", "OKTA_DEFAULT").put("endUserDashboardTouchPointVariant", "OKTA_DEFAULT")
                .put("errorPageTouchPointVariant", "OKTA_DEFAULT").put("emailTemplateTouchPointVariant", "OKTA_DEFAULT")
                .put("loadingPageTouchPointVariant", "OKTA_DEFAULT");
        tx.put(THEMES, themeId, new Resource(themeId, id, theme));
        return stored;
    }
}
