package io.summitgraph.common.graphql;

import static io.smallrye.graphql.api.DirectiveLocation.FIELD_DEFINITION;
import static io.smallrye.graphql.api.DirectiveLocation.OBJECT;

import io.smallrye.graphql.api.Directive;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A cache hint in the schema ({@code @cacheControl(maxAge: …)} on a type or field): how long a
 * response that touches it may be reused. A GET query's {@code Cache-Control} max-age is the
 * smallest hint of the types and fields it touched (unhinted types count as {@code
 * summitgraph.http.cache.default-max-age}); see platform/HttpCaching.
 */
@Directive(on = {OBJECT, FIELD_DEFINITION})
@Description(
    "How long, in seconds, a response that touches this type or field may be reused by HTTP"
        + " caches; a GET query's max-age is the smallest of what it touched.")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Documented
public @interface CacheControl {

  /** The directive's name in the schema. */
  String NAME = "cacheControl";

  @NonNull
  @Description("Seconds a response touching this may be reused.")
  int maxAge();
}
