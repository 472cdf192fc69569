package dev.dtu.twins.okta.api;

import dev.dtu.twins.okta.model.AppKey;
import dev.dtu.twins.okta.model.Application;

/**
 * An app's SAML 2.0 IdP metadata as Okta publishes it: the issuer {@code http://www.okta.com/{id}}, the signing
 * certificate in a {@code KeyDescriptor use="signing"}, the NameID formats and the app's SSO endpoints (POST and
 * Redirect bindings).
 */
final class SamlMetadata {
    private SamlMetadata() {
    }

    static String of(Application app, AppKey key, String orgUrl) {
        String sso = orgUrl + "/app/" + app.name() + "/" + app.id() + "/sso/saml";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"http://www.okta.com/"
                + app.id() + "\">"
                + "<md:IDPSSODescriptor WantAuthnRequestsSigned=\"false\" "
                + "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
                + "<ds:X509Data><ds:X509Certificate>" + key.certificate() + "</ds:X509Certificate></ds:X509Data>"
                + "</ds:KeyInfo></md:KeyDescriptor>"
                + "<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>"
                + "<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>"
                + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
                + xml(sso) + "\"/>"
                + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\""
                + xml(sso) + "\"/>"
                + "</md:IDPSSODescriptor></md:EntityDescriptor>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
