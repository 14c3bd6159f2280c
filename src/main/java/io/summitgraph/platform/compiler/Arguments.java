package io.summitgraph.platform.compiler;

import io.summitgraph.common.paging.PageRequest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field's argument values as graphql-java coerced them (variables resolved, defaults applied),
 * read as the types the field's resolver method takes: input objects become the feature's input
 * records.
 */
public final class Arguments {

  private final Map<String, Object> values;
  private final boolean countTotal;
  private final Set<String> read = new HashSet<>();

  Arguments(Map<String, Object> values, boolean countTotal) {
    this.values = values;
    this.countTotal = countTotal;
  }

  public Integer integer(String name) {
    Object value = value(name);
    return value == null ? null : ((Number) value).intValue();
  }

  public String string(String name) {
    Object value = value(name);
    return value == null ? null : value.toString();
  }

  /** A list of enum values (or strings) as their names, or null when not given. */
  public List<String> names(String name) {
    Object value = value(name);
    if (value == null) {
      return null;
    }
    return ((List<?>) value)
        .stream().map(v -> v instanceof Enum<?> constant ? constant.name() : v.toString()).toList();
  }

  /** An enum value (or a string) as its name, or null when not given. */
  public String name(String name) {
    Object value = value(name);
    return value instanceof Enum<?> constant
        ? constant.name()
        : value == null ? null : value.toString();
  }

  /** An input object argument as the feature's record for it, or null when not given. */
  public <R extends Record> R input(String name, Class<R> type) {
    return type.cast(convert(value(name), type, type));
  }

  /**
   * The arguments given that the field's read did not take: a read that ignores one would answer
   * something else than the resolver, so the operation is not compiled.
   */
  void requireAllRead(String field) {
    values.forEach(
        (name, value) -> {
          if (value != null && !read.contains(name)) {
            throw new NotCompiled(field + "(" + name + ")");
          }
        });
  }

  private Object value(String name) {
    read.add(name);
    return values.get(name);
  }

  /** The page the paging arguments ask for, counting the total only when it is selected. */
  public PageRequest page() {
    return PageRequest.of(
        integer("first"), string("after"), integer("last"), string("before"), countTotal);
  }

  private static Object convert(Object value, Class<?> type, Type generic) {
    if (value == null) {
      return null;
    }
    if (type.isRecord()) {
      Map<?, ?> fields = (Map<?, ?>) value;
      RecordComponent[] components = type.getRecordComponents();
      Object[] arguments = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        types[i] = component.getType();
        arguments[i] =
            convert(
                fields.get(component.getName()), component.getType(), component.getGenericType());
      }
      try {
        return type.getDeclaredConstructor(types).newInstance(arguments);
      } catch (ReflectiveOperationException e) {
        throw new NotCompiled("cannot build " + type.getSimpleName() + ": " + e);
      }
    }
    if (List.class.isAssignableFrom(type)) {
      Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
      Class<?> itemClass =
          item instanceof ParameterizedType parameterized
              ? (Class<?>) parameterized.getRawType()
              : (Class<?>) item;
      return ((List<?>) value).stream().map(v -> convert(v, itemClass, item)).toList();
    }
    if (type.isEnum()) {
      return enumConstant(
          type, value instanceof Enum<?> constant ? constant.name() : value.toString());
    }
    if (type == LocalDate.class) {
      return value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
    }
    if (type == Integer.class || type == int.class) {
      return ((Number) value).intValue();
    }
    if (type == Long.class || type == long.class) {
      return ((Number) value).longValue();
    }
    if (type == Double.class || type == double.class) {
      return ((Number) value).doubleValue();
    }
    if (type == String.class || type == Boolean.class || type == boolean.class) {
      return value;
    }
    throw new NotCompiled("no conversion to " + type.getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }
}
