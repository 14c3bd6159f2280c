package io.summitgraph.common.mutations;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that changes the knowledge base on a curator's behalf: it runs in one
 * transaction, every row it writes is stamped with the curator's name (see {@link
 * CuratorChangeInterceptor}), and the database's deferred rules are checked before it returns.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CuratorChange {}
