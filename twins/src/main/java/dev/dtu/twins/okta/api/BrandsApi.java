package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Multipart;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.resource.Resource;
import dev.dtu.twins.okta.model.Brands;
import dev.dtu.twins.okta.model.EmailCustomizations;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.OrgSettings;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Brands, their themes (with image uploads) and their email templates with customizations and settings. */
final class BrandsApi {
    private static final String BRANDS = "/api/v1/brands";
    private static final String BRAND = BRANDS + "/{brandId}";
    private static final String THEME = BRAND + "/themes/{themeId}";
    private static final String TEMPLATE = BRAND + "/templates/email/{templateName}";
    private static final String CUSTOMIZATION = TEMPLATE + "/customizations/{customizationId}";
    /** Where uploaded theme images are served (Okta serves them from its CDN). */
    private static final String IMAGE = "/bc/image/fileStoreRecord";

    private BrandsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(BRANDS, OktaRoute.api("listBrands", r -> Response.json(200, list(r, Brands.all(r.state()), BrandsApi::brand))))
                .post(BRANDS, OktaRoute.api("createBrand",
                        r -> Response.json(201, brand(r, r.write(tx -> new Brands(tx).create(r.body()))))))
                .get(BRAND, OktaRoute.api("getBrand", r -> Response.json(200, brand(r, Brands.require(r.state(), r.param("brandId"))))))
                .put(BRAND, OktaRoute.api("replaceBrand", r -> Response.json(200,
                        brand(r, r.write(tx -> new Brands(tx).replace(r.param("brandId"), r.body()))))))
                .delete(BRAND, OktaRoute.api("deleteBrand", r -> {
                    r.write(tx -> {
                        new Brands(tx).delete(r.param("brandId"));
                        return null;
                    });
                    return Response.empty(204);
                }))
                .get(BRAND + "/themes", OktaRoute.api("listBrandThemes",
                        r -> Response.json(200, list(r, Brands.themes(r.state(), r.param("brandId")), BrandsApi::theme))))
                .get(THEME, OktaRoute.api("getBrandTheme", r -> Response.json(200,
                        theme(r, Brands.theme(r.state(), r.param("brandId"), r.param("themeId"))))))
                .put(THEME, OktaRoute.api("replaceBrandTheme", r -> Response.json(200, theme(r, r.write(tx ->
                        new Brands(tx).replaceTheme(r.param("brandId"), r.param("themeId"), r.body()))))))
                .get(IMAGE, OktaRoute.open("getBrandThemeImage", BrandsApi::image));
        images(routes);
        templates(routes);
    }

    /** uploadBrandThemeLogo answers 200, the favicon and background image 201 (okta-management spec). */
    private static void images(Router<OktaRoute> routes) {
        for (String path : Brands.IMAGE_PATHS) {
            String op = switch (path) {
                case "logo" -> "BrandThemeLogo";
                case "favicon" -> "BrandThemeFavicon";
                default -> "BrandThemeBackgroundImage";
            };
            int created = path.equals("logo") ? 200 : 201;
            routes.post(THEME + "/" + path, OktaRoute.api("upload" + op, r -> upload(r, path, created)))
                    .delete(THEME + "/" + path, OktaRoute.api("delete" + op, r -> {
                        r.write(tx -> {
                            new Brands(tx).deleteImage(r.param("brandId"), r.param("themeId"), path);
                            return null;
                        });
                        return Response.empty(204);
                    }));
        }
    }

    private static void templates(Router<OktaRoute> routes) {
        routes.get(BRAND + "/templates/email", OktaRoute.api("listEmailTemplates", BrandsApi::listTemplates))
                .get(TEMPLATE, OktaRoute.api("getEmailTemplate", r -> Response.json(200, template(r,
                        EmailCustomizations.requireTemplate(r.state(), r.param("brandId"), r.param("templateName"))))))
                .get(TEMPLATE + "/default-content", OktaRoute.api("getEmailDefaultContent", r -> Response.json(200,
                        withLinks(r, EmailCustomizations.defaultContent(template(r)), "default-content"))))
                .get(TEMPLATE + "/default-content/preview", OktaRoute.api("getEmailDefaultPreview", r -> Response.json(200,
                        withLinks(r, preview(r, EmailCustomizations.defaultContent(template(r))), "default-content/preview"))))
                .post(TEMPLATE + "/test", OktaRoute.api("sendTestEmail", r -> {
                    template(r); // the twin sends no email: Okta's answer is an empty 204 either way
                    return Response.empty(204);
                }))
                .get(TEMPLATE + "/settings", OktaRoute.api("getEmailSettings", r -> Response.json(200, withLinks(r,
                        EmailCustomizations.settings(r.state(), r.param("brandId"), r.param("templateName")), "settings"))))
                .put(TEMPLATE + "/settings", OktaRoute.api("replaceEmailSettings", r -> Response.json(200, withLinks(r,
                        r.write(tx -> new EmailCustomizations(tx, r.now()).replaceSettings(r.param("brandId"),
                                r.param("templateName"), r.body())), "settings"))))
                .get(TEMPLATE + "/customizations", OktaRoute.api("listEmailCustomizations", r -> Response.json(200,
                        list(r, EmailCustomizations.list(r.state(), r.param("brandId"), r.param("templateName")),
                                BrandsApi::customization))))
                .post(TEMPLATE + "/customizations", OktaRoute.api("createEmailCustomization", r -> Response.json(201,
                        customization(r, r.write(tx -> new EmailCustomizations(tx, r.now()).create(r.param("brandId"),
                                r.param("templateName"), r.body()))))))
                .delete(TEMPLATE + "/customizations", OktaRoute.api("deleteAllCustomizations", r -> {
                    r.write(tx -> {
                        new EmailCustomizations(tx, r.now()).deleteAll(r.param("brandId"), r.param("templateName"));
                        return null;
                    });
                    return Response.empty(204);
                }))
                .get(CUSTOMIZATION, OktaRoute.api("getEmailCustomization", r -> Response.json(200,
                        customization(r, customizationOf(r)))))
                .put(CUSTOMIZATION, OktaRoute.api("replaceEmailCustomization", r -> Response.json(200, customization(r,
                        r.write(tx -> new EmailCustomizations(tx, r.now()).replace(r.param("brandId"),
                                r.param("templateName"), r.param("customizationId"), r.body()))))))
                .delete(CUSTOMIZATION, OktaRoute.api("deleteEmailCustomization", r -> {
                    r.write(tx -> {
                        new EmailCustomizations(tx, r.now()).delete(r.param("brandId"), r.param("templateName"),
                                r.param("customizationId"));
                        return null;
                    });
                    return Response.empty(204);
                }))
                .get(CUSTOMIZATION + "/preview", OktaRoute.api("getCustomizationPreview", r -> Response.json(200,
                        withLinks(r, preview(r, customizationOf(r).body()), "customizations/" + r.param("customizationId")
                                + "/preview"))));
    }

    private interface Shown {
        ObjectNode show(OktaRequest r, Resource resource);
    }

    private static ArrayNode list(OktaRequest r, List<Resource> items, Shown shown) {
        ArrayNode out = Json.array();
        items.forEach(i -> out.add(shown.show(r, i)));
        return out;
    }

    private static ObjectNode brand(OktaRequest r, Resource brand) {
        ObjectNode out = brand.body().deepCopy();
        String self = r.orgUrl() + BRANDS + "/" + brand.id();
        Links.href(Links.href(out.putObject("_links"), "themes", self + "/themes"), "self", self);
        return out;
    }

    private static ObjectNode theme(OktaRequest r, Resource theme) {
        ObjectNode out = theme.body().deepCopy();
        Links.href(out.putObject("_links"), "self", r.orgUrl() + BRANDS + "/" + theme.parent() + "/themes/" + theme.id());
        return out;
    }

    private static Response upload(OktaRequest r, String path, int status) {
        String type = r.http().header("content-type").orElse("");
        List<Multipart.Part> parts;
        try {
            parts = Multipart.parse(type, r.http().body());
        } catch (Multipart.MalformedMultipartException | IllegalArgumentException e) {
            throw OktaErrors.apiValidationFailed("file", List.of("file: The request must be multipart/form-data with a 'file' part."));
        }
        Multipart.Part file = parts.stream().filter(Multipart.Part::isFile).findFirst().orElseThrow(() ->
                OktaErrors.apiValidationFailed("file", List.of("file: The field cannot be left blank")));
        String contentType = file.contentType().startsWith("image/") ? file.contentType() : guessType(file);
        String id = r.param("themeId") + "-" + path;
        String url = r.orgUrl() + IMAGE + "?id=" + id;
        r.write(tx -> new Brands(tx).upload(r.param("brandId"), r.param("themeId"), path, contentType, file.body(), url));
        return Response.json(status, Json.object().put("url", url));
    }

    private static String guessType(Multipart.Part part) {
        Matcher m = Pattern.compile("filename=\"[^\"]*\\.(png|jpe?g|gif|svg|ico)\"", Pattern.CASE_INSENSITIVE)
                .matcher(part.headers().getOrDefault("content-disposition", ""));
        if (!m.find()) {
            return "application/octet-stream";
        }
        String ext = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "svg" -> "image/svg+xml";
            case "ico" -> "image/x-icon";
            default -> "image/" + ext;
        };
    }

    private static Response image(OktaRequest r) {
        String id = r.query("id").orElse("");
        int dash = id.indexOf('-');
        String key = dash < 0 ? "" : id.substring(0, dash) + "/" + id.substring(dash + 1);
        return r.state().get(Brands.IMAGES, key).map(i -> new Response(200, i.text("contentType"),
                Base64.getDecoder().decode(i.text("data")))).orElseThrow(() -> OktaErrors.notFound(id, "Image"));
    }

    private static Response listTemplates(OktaRequest r) {
        Brands.require(r.state(), r.param("brandId"));
        ArrayNode out = Json.array();
        EmailCustomizations.TEMPLATES.forEach(name -> out.add(template(r, name)));
        return Response.json(200, out);
    }

    private static String template(OktaRequest r) {
        return EmailCustomizations.requireTemplate(r.state(), r.param("brandId"), r.param("templateName"));
    }

    private static ObjectNode template(OktaRequest r, String name) {
        ObjectNode out = Json.object().put("name", name);
        String self = r.orgUrl() + BRANDS + "/" + r.param("brandId") + "/templates/email/" + name;
        ObjectNode links = out.putObject("_links");
        Links.href(links, "self", self);
        Links.href(links, "settings", self + "/settings");
        Links.href(links, "defaultContent", self + "/default-content");
        Links.href(links, "customizations", self + "/customizations");
        Links.href(links, "test", self + "/test");
        return out;
    }

    private static Resource customizationOf(OktaRequest r) {
        return EmailCustomizations.require(r.state(), r.param("brandId"), r.param("templateName"), r.param("customizationId"));
    }

    private static ObjectNode customization(OktaRequest r, Resource c) {
        ObjectNode out = c.body().deepCopy();
        for (String stamp : new String[] {"created", "lastUpdated"}) {
            out.put(stamp, OktaDates.format(java.time.Instant.parse(out.get(stamp).asText())));
        }
        return withLinks(r, out, "customizations/" + c.id());
    }

    private static ObjectNode withLinks(OktaRequest r, ObjectNode body, String path) {
        String template = r.orgUrl() + BRANDS + "/" + r.param("brandId") + "/templates/email/" + r.param("templateName");
        ObjectNode links = body.putObject("_links");
        Links.href(links, "self", template + "/" + path);
        Links.href(links, "template", template);
        if (!path.equals("settings")) {
            Links.href(links, "test", template + "/test");
        }
        return body;
    }

    /** Variable references filled from the current user (the API token's admin) and the org, as Okta's preview does. */
    private static ObjectNode preview(OktaRequest r, com.fasterxml.jackson.databind.JsonNode content) {
        Map<String, String> values = new LinkedHashMap<>();
        Org.of(r.state()).admin(r.state()).ifPresent(u -> u.profile().forEach((k, v) -> values.put("user.profile." + k,
                String.valueOf(v))));
        values.put("org.name", OrgSettings.section(r.state(), OrgSettings.SETTINGS).path("companyName").asText());
        values.put("baseURL", r.orgUrl());
        return EmailCustomizations.preview(content, values);
    }
}
