package org.openmes.audit.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.persistence.Confidential;

/**
 * What the audit trail records of one entity class: every value stored in the entity's own row, by Java
 * attribute path ({@code name}, {@code capacity.hoursPerDay} for an embedded value, {@code parent} for a
 * reference, recorded as the referenced record's id), and how each value is written as canonical text.
 * Found once per class from the mapping annotations on the fields (the entities use field access).
 * <p>
 * Values marked {@link Confidential} are recorded as a fingerprint only. Left out: the id (it names the record), the version and the audit stamps of {@link AuditedEntity} (the
 * entry itself says who and when), and collections mapped by the other side (they are rows of other
 * records, audited there). A mapping the trail cannot record faithfully (a collection owned by the
 * record, a value type without a canonical text) fails when the class is first audited, instead of going
 * unrecorded.
 */
public final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> entityClass) {
            return new RecordShape(entityClass);
        }
    };

    /** Fields EclipseLink adds to woven entities (value holders, fetch groups): bookkeeping, not data. */
    private static final String WOVEN_FIELD_PREFIX = "_persistence_";

    private static final Set<Class<?>> AS_STRING = Set.of(String.class, Character.class, char.class,
            Boolean.class, boolean.class, Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
            UUID.class);

    /** How one stored value is read from the entity and written as text. */
    interface Reader {
        Object read(Object target) throws ReflectiveOperationException;
    }

    interface Renderer {
        String render(Object value);
    }

    record Leaf(String path, Reader reader, Renderer renderer) {
        Object read(Object entity) {
            try {
                return reader.read(entity);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Reading " + path + " for the audit trail failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Reading " + path + " for the audit trail failed", e);
            }
        }

        String render(Object value) {
            return value == null ? null : renderer.render(value);
        }
    }

    private final Class<?> entityClass;
    private final String entityType;
    private final Leaf id;
    private final List<Leaf> leaves;

    private RecordShape(Class<?> entityClass) {
        this.entityClass = entityClass;
        this.entityType = entityName(rootEntity(entityClass));
        this.id = idLeaf(entityClass);
        List<Leaf> found = new ArrayList<>();
        for (Class<?> type = entityClass; isMapped(type) && type != AuditedEntity.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                addLeaves(found, "", field, target -> target);
            }
        }
        found.sort(Comparator.comparing(Leaf::path));
        this.leaves = List.copyOf(found);
    }

    /** The shape of an entity class (a concrete class or a mapped superclass of one). */
    public static RecordShape of(Class<?> entityClass) {
        return SHAPES.get(entityClass);
    }

    /** The record type entries name: the entity name of the hierarchy's root ({@code PlantNode} for a work center). */
    public String entityType() {
        return entityType;
    }

    /** The record's id as canonical text, or null before the database assigned it. */
    public String idOf(Object entity) {
        return id.render(id.read(entity));
    }

    /** The values the entity holds now. */
    public RecordState stateOf(Object entity) {
        if (!entityClass.isInstance(entity)) {
            throw new IllegalArgumentException(entity.getClass() + " is not a " + entityClass);
        }
        Object[] values = new Object[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = leaves.get(i).read(entity);
        }
        return new RecordState(this, values);
    }

    /** The recorded attribute paths, sorted. */
    List<String> fields() {
        return leaves.stream().map(Leaf::path).toList();
    }

    List<Leaf> leaves() {
        return leaves;
    }

    private static void addLeaves(List<Leaf> found, String prefix, Field field, Reader owner) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                || field.getName().startsWith(WOVEN_FIELD_PREFIX) || field.isAnnotationPresent(Transient.class)
                || field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)
                || field.isAnnotationPresent(Version.class)) {
            return;
        }
        String path = prefix + field.getName();
        field.setAccessible(true);
        Reader value = target -> {
            Object holder = owner.read(target);
            return holder == null ? null : field.get(holder);
        };
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        if (oneToMany != null || manyToMany != null || field.isAnnotationPresent(ElementCollection.class)) {
            String mappedBy = oneToMany != null ? oneToMany.mappedBy() : manyToMany != null ? manyToMany.mappedBy() : "";
            if (mappedBy.isEmpty()) {
                throw unsupported(field, path, "a collection stored with the record");
            }
            return;
        }
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
            return;
        }
        if (oneToOne != null || field.isAnnotationPresent(ManyToOne.class)) {
            if (!prefix.isEmpty()) {
                throw unsupported(field, path, "a reference inside an embedded value");
            }
            found.add(reference(field, path));
            return;
        }
        if (field.isAnnotationPresent(Embedded.class) || field.getType().isAnnotationPresent(Embeddable.class)) {
            for (Class<?> type = field.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field part : type.getDeclaredFields()) {
                    addLeaves(found, path + ".", part, value);
                }
            }
            return;
        }
        Renderer renderer = renderer(field.getType(), field, path);
        found.add(new Leaf(path, value, field.isAnnotationPresent(Confidential.class) ? fingerprint(renderer) : renderer));
    }

    /** A confidential value as "(confidential a1b2c3d4)": the first hex digits of its SHA-256, enough to see a change. */
    private static Renderer fingerprint(Renderer plain) {
        return value -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.render(value).getBytes(StandardCharsets.UTF_8));
                return "(confidential " + HexFormat.of().formatHex(digest, 0, 4) + ")";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        };
    }

    /**
     * A reference, recorded as the referenced record's id. Read through the getter: a lazy reference's
     * field stays empty until the getter loads it.
     */
    private static Leaf reference(Field field, String path) {
        Method getter = getter(field);
        Leaf target = idLeaf(field.getType());
        return new Leaf(path, entity -> {
            Object referenced = getter.invoke(entity);
            return referenced == null ? null : target.read(referenced);
        }, target.renderer());
    }

    private static Method getter(Field field) {
        String name = "get" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (Class<?> type = field.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            try {
                Method getter = type.getDeclaredMethod(name);
                if (getter.getReturnType().isAssignableFrom(field.getType())
                        || field.getType().isAssignableFrom(getter.getReturnType())) {
                    getter.setAccessible(true);
                    return getter;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // a getter may come from a superclass: go on looking up the hierarchy
            }
        }
        throw unsupported(field, field.getName(), "a reference without a getter " + name + "() to load it");
    }

    private static Leaf idLeaf(Class<?> entityClass) {
        for (Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    field.setAccessible(true);
                    return new Leaf(field.getName(), field::get, renderer(field.getType(), field, field.getName()));
                }
            }
        }
        throw new IllegalStateException(entityClass + " has no @Id field; the audit trail needs one to name its records");
    }

    /** The canonical text of a value type: what an auditor reads and what the entry's hash covers. */
    private static Renderer renderer(Class<?> type, Field field, String path) {
        if (AS_STRING.contains(type)) {
            return String::valueOf;
        }
        if (type == BigDecimal.class) {
            return value -> ((BigDecimal) value).toPlainString();
        }
        if ((type.isPrimitive() && type != void.class) || Number.class.isAssignableFrom(type)) {
            return String::valueOf;
        }
        if (type.isEnum()) {
            return value -> ((Enum<?>) value).name();
        }
        if (type == OffsetDateTime.class) {
            return value -> ((OffsetDateTime) value).toInstant().toString();
        }
        if (type == ZonedDateTime.class) {
            return value -> ((ZonedDateTime) value).toInstant().toString();
        }
        if (type.isRecord() && type.getRecordComponents().length == 1) {
            // a value object such as PlantCode is written as the one value it wraps
            RecordComponent component = type.getRecordComponents()[0];
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            Renderer inner = renderer(component.getType(), field, path);
            return value -> {
                try {
                    Object wrapped = accessor.invoke(value);
                    return wrapped == null ? null : inner.render(wrapped);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Reading " + path + " for the audit trail failed", e);
                }
            };
        }
        throw unsupported(field, path, "a value of type " + type.getName() + " that has no canonical text yet");
    }

    private static IllegalStateException unsupported(Field field, String path, String what) {
        return new IllegalStateException("The audit trail cannot record " + field.getDeclaringClass().getName() + "."
                + path + ": it is " + what + "; teach org.openmes.audit.model.RecordShape to record it");
    }

    private static boolean isMapped(Class<?> type) {
        return type != null && (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class));
    }

    private static Class<?> rootEntity(Class<?> entityClass) {
        Class<?> root = null;
        for (Class<?> type = entityClass; type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(Entity.class)) {
                root = type;
            }
        }
        if (root == null) {
            throw new IllegalArgumentException(entityClass + " is not an entity");
        }
        return root;
    }

    private static String entityName(Class<?> entity) {
        String name = entity.getAnnotation(Entity.class).name();
        return name.isEmpty() ? entity.getSimpleName() : name;
    }
}
