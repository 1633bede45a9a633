package io.github.councilplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library: generated {@code Immutable*} classes are
 * package-private and hidden behind the public abstract types, which expose {@code builder()}
 * and {@code of(...)} factories; generated code uses only the JDK. The generated builders are
 * package-private too, so that Javadoc documents their methods, with Immutables' comments, on the
 * public builders that extend them ({@code Plan.Builder} and the like).
 *
 * <p>Public so that every package of the library's value types uses it (CONTRIBUTING.md, "Value
 * types"); it is kept in source only, and means nothing to users of the library.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface PlanStyle {}
