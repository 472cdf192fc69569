package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/** Brands, themes and their images: the org's default brand, brands made and removed, themes replaced and validated. */
class BrandsApiTest {
    private static final String THEME = "{\"primaryColorHex\":\"#badbed\",\"secondaryColorHex\":\"#ebebed\","
            + "\"signInPageTouchPointVariant\":\"OKTA_DEFAULT\",\"endUserDashboardTouchPointVariant\":\"OKTA_DEFAULT\","
            + "\"errorPageTouchPointVariant\":\"OKTA_DEFAULT\",\"emailTemplateTouchPointVariant\":\"OKTA_DEFAULT\"}";

    @Test
    void theOrgHasItsDefaultBrandWhichIsReplacedButNotDeleted() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            JsonNode brands = u.get("/api/v1/brands").json();
            assertEquals(1, brands.size(), brands.toString());
            JsonNode brand = brands.get(0);
            assertTrue(brand.path("isDefault").asBoolean(), brand.toString());
            assertFalse(brand.path("removePoweredByOkta").asBoolean());
            String id = brand.path("id").asText();
            String replacing = brand.deepCopy().toString().replace("\"removePoweredByOkta\":false", "\"removePoweredByOkta\":true");
            Http.Reply replaced = u.send("PUT", "/api/v1/brands/" + id, replacing);
            assertEquals(200, replaced.status(), replaced.body());
            assertTrue(replaced.json().path("removePoweredByOkta").asBoolean());
            assertTrue(replaced.json().path("isDefault").asBoolean(), "isDefault is Okta's to set");
            assertTrue(u.get("/api/v1/brands/" + id).json().path("removePoweredByOkta").asBoolean());
            Http.Reply noConsent = u.send("PUT", "/api/v1/brands/" + id, "{\"name\":\"n\",\"customPrivacyPolicyUrl\":\"https://x.example\"}");
            assertEquals(400, noConsent.status(), noConsent.body());
            assertEquals("E0000001", noConsent.json().path("errorCode").asText());
            assertEquals(409, u.send("DELETE", "/api/v1/brands/" + id, "").status());
            assertEquals(404, u.get("/api/v1/brands/bnd00000000000000000").status());
        }
    }

    @Test
    void aBrandIsCreatedWithItsThemeAndDeletedWithIt() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            Http.Reply created = u.send("POST", "/api/v1/brands", "{\"name\":\"Northwind Partners\"}");
            assertEquals(201, created.status(), created.body());
            String id = created.json().path("id").asText();
            assertFalse(created.json().path("isDefault").asBoolean());
            assertEquals(409, u.send("POST", "/api/v1/brands", "{\"name\":\"northwind partners\"}").status());
            assertEquals(400, u.send("POST", "/api/v1/brands", "{}").status());
            JsonNode themes = u.get("/api/v1/brands/" + id + "/themes").json();
            assertEquals(1, themes.size(), themes.toString());
            String themeId = themes.get(0).path("id").asText();
            assertEquals(204, u.send("DELETE", "/api/v1/brands/" + id, "").status());
            assertEquals(404, u.get("/api/v1/brands/" + id).status());
            assertEquals(404, u.get("/api/v1/brands/" + id + "/themes/" + themeId).status());
        }
    }

    @Test
    void aThemeIsReplacedWithValidColorsAndVariants() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            String brand = u.get("/api/v1/brands").json().get(0).path("id").asText();
            String theme = u.get("/api/v1/brands/" + brand + "/themes").json().get(0).path("id").asText();
            String path = "/api/v1/brands/" + brand + "/themes/" + theme;
            Http.Reply replaced = u.send("PUT", path, THEME);
            assertEquals(200, replaced.status(), replaced.body());
            assertEquals("#badbed", replaced.json().path("primaryColorHex").asText());
            assertEquals("#badbed", u.get(path).json().path("primaryColorHex").asText());
            Http.Reply badColor = u.send("PUT", path, THEME.replace("#badbed", "blue"));
            assertEquals(400, badColor.status(), badColor.body());
            assertTrue(badColor.json().at("/errorCauses/0/errorSummary").asText().startsWith("primaryColorHex"), badColor.body());
            Http.Reply missing = u.send("PUT", path, "{\"primaryColorHex\":\"#badbed\"}");
            assertEquals(400, missing.status(), missing.body());
            Http.Reply badVariant = u.send("PUT", path, THEME.replace("\"errorPageTouchPointVariant\":\"OKTA_DEFAULT\"",
                    "\"errorPageTouchPointVariant\":\"FULL_THEME\""));
            assertEquals(400, badVariant.status(), badVariant.body());
        }
    }

    @Test
    void anUploadedLogoIsServedAtItsUrlUntilDeleted() {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            String brand = u.get("/api/v1/brands").json().get(0).path("id").asText();
            String theme = u.get("/api/v1/brands/" + brand + "/themes").json().get(0).path("id").asText();
            String path = "/api/v1/brands/" + brand + "/themes/" + theme;
            String multipart = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\nPNGDATA\r\n--b1--\r\n";
            Http.Reply uploaded = Http.send("POST", u.orgUrl() + path + "/favicon", multipart, "Authorization",
                    "SSWS " + u.apiToken(), "Content-Type", "multipart/form-data; boundary=b1");
            assertEquals(201, uploaded.status(), uploaded.body());
            String url = uploaded.json().path("url").asText();
            assertEquals(url, u.get(path).json().path("favicon").asText());
            Http.Reply image = Http.get(url);
            assertEquals(200, image.status());
            assertEquals("PNGDATA", image.body());
            Http.Reply notMultipart = u.send("POST", path + "/logo", "{}");
            assertEquals(400, notMultipart.status(), notMultipart.body());
            assertEquals(204, u.send("DELETE", path + "/favicon", "").status());
            assertTrue(u.get(path).json().path("favicon").isNull());
            assertEquals(404, Http.get(url).status());
        }
    }
}
