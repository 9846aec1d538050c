package io.github.cpvmodel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type in cpv-model.
 *
 * <p>A value type is an abstract class {@code X} annotated {@code @Value.Immutable @ModelStyle}. The generated
 * {@code ImmutableX} is package-private and never appears in a signature ({@code overshadowImplementation}): users
 * see {@code X.of(...)}, {@code X.builder()} (a nested {@code X.Builder extends ImmutableX.Builder}) and the
 * methods of {@code X}. Normalisation and validation live in a {@code @Value.Check} method of {@code X}, so every
 * path that builds a value (factory, builder, copy) passes through them. A builder that misses a required
 * attribute throws {@link MissingAttributeException} (a {@link ValidationException} of rule
 * {@link MissingAttributeException#REQUIRED}) naming each missing attribute as the path of a violation; a
 * {@code null} argument throws {@link NullPointerException} naming the parameter.
 *
 * <p>This annotation is public only because value types in every package of the library share it; it is not
 * meant for types outside cpv-model.
 */
// The generated builder is package-private too, so that javadoc documents every method a user calls on X.Builder on
// X.Builder's own page instead of naming them as inherited from a class that has none.
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = MissingAttributeException.class)
public @interface ModelStyle {}
