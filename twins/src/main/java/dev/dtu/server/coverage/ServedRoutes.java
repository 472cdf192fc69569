package dev.dtu.server.coverage;

import dev.dtu.server.resource.DeclaredOperation;
import dev.dtu.server.resource.DeclaredResources;
import dev.dtu.server.twin.ServedRoute;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A twin's served routes from its route table ("METHOD /template"), marking those its declarations gave. */
public final class ServedRoutes {
    private ServedRoutes() {}

    public static List<ServedRoute> of(List<String> table, DeclaredResources declared) {
        Set<String> fromDeclarations = new HashSet<>();
        for (DeclaredOperation op : declared.operations()) {
            fromDeclarations.add(op.method() + " " + op.template());
        }
        return table.stream().map(entry -> {
            int space = entry.indexOf(' ');
            return new ServedRoute(entry.substring(0, space), entry.substring(space + 1), fromDeclarations.contains(entry));
        }).toList();
    }
}
