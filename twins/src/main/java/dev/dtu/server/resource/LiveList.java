package dev.dtu.server.resource;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NavigableMap;

/**
 * The resources of one state map as a read-only list in key (creation) order, without copying them: reads in order
 * walk the map once (a read before the last one starts the walk again). One request's view, not shared.
 */
final class LiveList extends AbstractList<Resource> {
    private final NavigableMap<String, Resource> map;
    private Iterator<Resource> walk;
    private int next;

    LiveList(NavigableMap<String, Resource> map) {
        this.map = map;
    }

    @Override
    public Resource get(int index) {
        if (index < 0 || index >= map.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (walk == null || index < next) {
            walk = map.values().iterator();
            next = 0;
        }
        while (next < index) {
            walk.next();
            next++;
        }
        next++;
        return walk.next();
    }

    @Override
    public Iterator<Resource> iterator() {
        return map.values().iterator();
    }

    @Override
    public int size() {
        return map.size();
    }
}
