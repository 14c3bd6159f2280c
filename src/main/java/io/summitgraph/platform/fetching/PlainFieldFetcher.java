package io.summitgraph.platform.fetching;

import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * Reads one field of a result object: the record component (or public field), then SmallRye's own
 * output transformation (dates, adapters, collections) where the field needs one. It does what
 * SmallRye's {@code FieldDataFetcher} does except building a {@code SmallRyeContext} per value,
 * which nothing reads for a plain field.
 *
 * <p>As a {@link LightDataFetcher} it is given the source object, and graphql-java builds the
 * field's {@link DataFetchingEnvironment} (a dozen objects: step info, selection set, directives,
 * argument suppliers) only if a transformation asks for it. Most fields need none.
 */
final class PlainFieldFetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

  private final Field field;
  private final Reference owner;
  private final FieldHelper transformation;
  private final boolean returnedAsIs;
  // Resolved on first use: the owner's class may not be loadable while the schema is built.
  private volatile MethodHandle reader;
  // Whether the field is text (whose long values count against the response's budget); known from
  // its definition on first use.
  private volatile Boolean isText;

  PlainFieldFetcher(Field field, Reference owner) {
    this.field = field;
    this.owner = owner;
    this.transformation = new FieldHelper(field);
    this.returnedAsIs = !field.hasWrapper() && !transforms(field) && !adapts(field);
  }

  @Override
  public Object get(DataFetchingEnvironment environment) throws Exception {
    return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
  }

  @Override
  public Object get(
      GraphQLFieldDefinition definition,
      Object source,
      Supplier<DataFetchingEnvironment> environment)
      throws Exception {
    if (source == null) {
      return null;
    }
    Object value;
    try {
      value = reader().invokeExact(source);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new GraphQLException(t);
    }
    if (value == null) {
      return null;
    }
    if (!count(definition, value, environment)) {
      return null; // past the response's budget: the operation ends with RESPONSE_TOO_LARGE
    }
    if (returnedAsIs) {
      return value;
    }
    try {
      return transformation.transformOrAdaptResponse(value, environment.get());
    } catch (AbstractDataFetcherException e) {
      // As SmallRye does: an untransformable value is returned as read, and the scalar reports it.
      return value;
    }
  }

  /** Counts a long text into the response's budget; false when it must be left out. */
  private boolean count(
      GraphQLFieldDefinition definition,
      Object value,
      Supplier<DataFetchingEnvironment> environment) {
    Boolean text = isText;
    if (text == null) {
      text =
          definition != null
              && GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLScalarType scalar
              && scalar.getName().equals("String");
      isText = text;
    }
    if (!text || !(value instanceof String string && string.length() >= ResponseCost.LONG_TEXT)) {
      return true;
    }
    ResponseCost cost = ResponseCost.current();
    if (cost == null) {
      // A thread without the request's Vert.x context: long values are rare, the environment is
      // worth building for them.
      cost = environment.get().getGraphQlContext().get(ResponseCost.KEY);
    }
    return cost == null || cost.text(string.length());
  }

  private MethodHandle reader() {
    MethodHandle handle = reader;
    if (handle == null) {
      handle = resolveReader();
      reader = handle;
    }
    return handle;
  }

  private MethodHandle resolveReader() {
    try {
      Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle handle =
          field.getMethodName() == null
              ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
              : lookup.unreflect(type.getMethod(field.getMethodName()));
      return handle.asType(MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new GraphQLException(e);
    }
  }

  /** SmallRye's rule: a scalar whose Java class is not the one its GraphQL scalar serialises. */
  private static boolean transforms(Field field) {
    Reference reference = field.getReference();
    return reference.getType() == ReferenceType.SCALAR
        && !reference.getClassName().equals(reference.getGraphQLClassName());
  }

  private static boolean adapts(Field field) {
    Reference reference = field.getReference();
    return field.isAdaptingWith()
        || field.isAdaptingTo()
        || reference.isAdaptingWith()
        || reference.isAdaptingTo();
  }
}
