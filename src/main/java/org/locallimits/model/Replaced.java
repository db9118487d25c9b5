package org.locallimits.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map that is another immutable map with the values of some of its keys replaced, sharing the rest:
 * the preview's model after an edit to a few files, made without copying maps of every file. Iterates in the
 * order of the map it was made from. A long chain of replacements is copied out into one map, so that a lookup
 * never looks through more than a few.
 */
final class Replaced<K, V> extends AbstractMap<K, V> {
    /** Replacements looked through at most before the chain is copied out. */
    private static final int DEEPEST = 8;

    private final Map<K, V> base;
    private final Map<K, V> values;
    private final int depth;

    private Replaced(Map<K, V> base, Map<K, V> values, int depth) {
        this.base = base;
        this.values = values;
        this.depth = depth;
    }

    /**
     * {@code base} (immutable) with the values of {@code values}' keys replaced.
     *
     * @throws IllegalArgumentException if a key of {@code values} is not in {@code base}
     */
    static <K, V> Map<K, V> of(Map<K, V> base, Map<K, V> values) {
        if (values.isEmpty()) return base;
        if (!base.keySet().containsAll(values.keySet())) {
            throw new IllegalArgumentException("only the values of existing keys can be replaced");
        }
        int depth = base instanceof Replaced<K, V> r ? r.depth + 1 : 1;
        if (depth > DEEPEST) {
            Map<K, V> flat = new HashMap<>(base);
            flat.putAll(values);
            return Map.copyOf(flat);
        }
        return new Replaced<>(base, Map.copyOf(values), depth);
    }

    /** {@code map} itself when it is already immutable in this way, else an immutable copy. */
    static <K, V> Map<K, V> immutable(Map<K, V> map) {
        return map instanceof Replaced<K, V> ? map : Map.copyOf(map);
    }

    @Override
    public V get(Object key) {
        V v = values.get(key);
        return v != null ? v : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> it = base.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<K, V> next() {
                        Entry<K, V> e = it.next();
                        V v = values.get(e.getKey());
                        return v == null ? e : Map.entry(e.getKey(), v);
                    }
                };
            }

            @Override
            public int size() {
                return base.size();
            }
        };
    }
}
