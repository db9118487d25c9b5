package org.locallimits.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with Java records shown to templates as hashes of their components.
 *
 * <p>Why: the page models are records ({@link V}), and FreeMarker reads a record's component the way it reads any
 * Java bean, through its class introspection cache and {@link Method#invoke} on a method not made accessible,
 * which walks the stack to find its caller on every call. In a short run, whose code is compiled only by the
 * quick compiler, that walk is not optimised away: it was a twentieth of a 10,000-page build. Here each record
 * class's accessors are looked up once and made accessible. Anything that is not a component (a method, a bean
 * property) is still answered by FreeMarker's own model of the object, so templates see what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    /**
     * Each record class's accessors by component name, in declaration order (so that {@code ?keys} lists them the
     * same way on every run), or null for a class whose accessors are not accessible.
     */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                if (!m.trySetAccessible()) return null;
                out.put(c.getName(), m);
            }
            return Collections.unmodifiableMap(out);
        }
    };

    RecordWrapper(DefaultObjectWrapperBuilder settings) {
        super(settings, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Map<String, Method> accessors = ACCESSORS.get(obj.getClass());
            if (accessors != null) return new RecordModel(obj, accessors, this);
        }
        return super.handleUnknownType(obj);
    }

    /** FreeMarker's own model of an object, for what is not a record component. */
    private TemplateHashModel beanModel(Object obj) throws TemplateModelException {
        return (TemplateHashModel) super.handleUnknownType(obj);
    }

    /** A record as a template hash: its components by name. */
    private static final class RecordModel implements TemplateHashModelEx, AdapterTemplateModel {
        private final Object record;
        private final Map<String, Method> accessors;
        private final RecordWrapper wrapper;
        private TemplateHashModel bean;

        RecordModel(Object record, Map<String, Method> accessors, RecordWrapper wrapper) {
            this.record = record;
            this.accessors = accessors;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) {
                if (bean == null) bean = wrapper.beanModel(record);
                return bean.get(key);
            }
            try {
                return wrapper.wrap(accessor.invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new TemplateModelException("could not read " + key + " of " + record.getClass().getName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false; // as FreeMarker's bean model of a record answers
        }

        @Override
        public int size() {
            return accessors.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(new ArrayList<>(accessors.keySet()), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<Object> values = new ArrayList<>();
            for (String key : accessors.keySet()) values.add(get(key));
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
