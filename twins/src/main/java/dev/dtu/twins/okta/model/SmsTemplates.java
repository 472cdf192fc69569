package dev.dtu.twins.okta.model;

import dev.dtu.server.http.Request;
import dev.dtu.server.resource.Hooks;
import dev.dtu.server.resource.Resource;
import java.util.List;

/** Custom SMS templates (declared: {@code smsTemplates.yaml}). */
public final class SmsTemplates implements Hooks {

    /** listSmsTemplates' {@code templateType}: "A subset of templates can be returned that match a template type". */
    @Override
    public List<Resource> listed(Request request, List<Resource> live) {
        List<String> type = request.query().get("templateType");
        return type == null || type.isEmpty() ? live
                : live.stream().filter(t -> type.getFirst().equals(t.text("type"))).toList();
    }
}
