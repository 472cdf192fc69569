package dev.dtu.twins.slack.model;

/** The workspace. {@code domain} is the slack.com subdomain ("northwind" for northwind.slack.com). */
public record Team(String id, String name, String domain, String emailDomain) {
    public String url() {
        return "https://" + domain + ".slack.com/";
    }
}
