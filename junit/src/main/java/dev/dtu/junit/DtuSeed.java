package dev.dtu.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The seed (YAML or JSON, see {@code seed.schema.json}) the test's universe starts from: a class path resource
 * (relative to the test class, or absolute with a leading {@code /}) or a file path. On a method it overrides the
 * class's. Without it a universe starts from the default company.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface DtuSeed {
    String value();
}
